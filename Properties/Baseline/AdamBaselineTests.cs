using Verification.Baseline;
using Verification.Networks;

namespace Verification.Properties.Baseline;

/// <summary>
/// reproduce trains its Adam baselines side by side as one batch. Each must still be the network
/// its seed gives alone, bit for bit, so that DISC-6's figures do not depend on how many seeds train together.
/// </summary>
[Claim("DISC-6")]
public class AdamBaselineTests
{
    static readonly AdamBaseline.Options Short = new(N: 5, Steps: 300);

    static double[] Weights(Network network) =>
        network.W.SelectMany(row => row).Concat(network.B).Concat(network.V).Append(network.C).ToArray();

    [Test]
    public void A_baseline_trained_beside_others_is_the_one_trained_alone()
    {
        var together = AdamBaseline.Train(Short, [0, 1, 2]);
        foreach (var (seed, network) in new long[] { 0, 1, 2 }.Zip(together))
            Assert.That(Weights(network), Is.EqualTo(Weights(AdamBaseline.Train(Short with { Seed = seed }))), $"seed {seed}");
    }

    [Test]
    public void Seeds_give_different_baselines()
    {
        // The control of the test above: were the seeds ignored, the batch would hold three equal networks and still pass it.
        var together = AdamBaseline.Train(Short, [0, 1]);
        Assert.That(Weights(together[1]), Is.Not.EqualTo(Weights(together[0])));
    }
}
