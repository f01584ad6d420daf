using Verification.Algorithms;
using Verification.Checking;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Discovery;

/// <summary>
/// ACC-2: the shipped checkpoint's pudding networks at n = 16 are as accurate as their own pudding theory
/// allows: p99 error at most 1.5 times that of the ideal pudding of the same k, signs, B and s (PuddingTheory).
/// </summary>
[Claim("ACC-2")]
public class PuddingAccuracyTheoryTests
{
    const int N = 16;

    static double IdealP99(Network network) =>
        DoubleSidedTheory.CheckOf(PuddingTheory.IdealNetwork(network, TheoryBar.Samples, seed: 1) ?? throw new InvalidOperationException("no pudding neuron or kink"),
            TheoryBar.Samples, seed: 0).P99RelError;

    [Test]
    public void Pudding_networks_are_as_accurate_as_their_theory_predicts()
    {
        var networks = Shipped.Labelled(N, 2, l => l.IsPudding);
        Assert.That(networks, Is.Not.Empty, "the shipped checkpoint generates pudding networks at n = 16");
        Assert.That(TheoryBar.Above(networks, IdealP99), Is.Empty);
    }

    [Test]
    public void The_ideal_pudding_meets_its_own_theory_and_a_bent_one_does_not()
    {
        var ideal = DoubleSidedTheory.WithBestBias(Pudding.Encode(PuddingVariant.Positive, N, 8, bias: 12, s: 0.5), TheoryBar.Samples, seed: 1);
        var bent = ideal.With(v: ideal.V.Select((v, j) => j < N ? 1.2 * v : v).ToArray());   // every kink 20% too steep
        Assert.Multiple(() =>
        {
            Assert.That(TheoryBar.P99(ideal), Is.EqualTo(IdealP99(ideal)).Within(1e-12), "the ideal pudding is its own theory");
            Assert.That(TheoryBar.P99(bent), Is.GreaterThan(TheoryBar.Factor * IdealP99(bent)));
        });
    }
}
