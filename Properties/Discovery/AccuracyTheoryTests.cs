using Verification.Checking;
using Verification.Properties.Support;
using Verification.Vocabulary;

namespace Verification.Properties.Discovery;

/// <summary>
/// ACC-1: the shipped checkpoint's double-sided networks at n = 16 are as accurate as their own sharpness
/// allows: p99 error at most 1.5 times that of the ideal double-sided network of the same k (DoubleSidedTheory).
/// </summary>
[Claim("ACC-1")]
public class AccuracyTheoryTests
{
    const int N = 16;

    [Test]
    public void Double_sided_networks_are_as_accurate_as_their_sharpness_predicts()
    {
        var networks = Shipped.Labelled(N, 2, label => label == AlgorithmLabel.DoubleSided);
        Assert.That(networks, Is.Not.Empty, "the shipped checkpoint generates double-sided networks at n = 16");
        Assert.That(TheoryBar.Above(networks, net => TheoryBar.DoubleSidedIdeal(DoubleSidedTheory.Sharpness(net), N)), Is.Empty);
    }

    [Test]
    public void The_ideal_network_meets_its_own_theory_and_a_bent_one_does_not()
    {
        var ideal = DoubleSidedTheory.IdealNetwork(8, N, TheoryBar.Samples, seed: 1);
        var bent = ideal.With(v: ideal.V.Select((v, j) => j < N ? 1.2 * v : v).ToArray());   // every positive kink 20% too steep
        Assert.Multiple(() =>
        {
            Assert.That(DoubleSidedTheory.Sharpness(ideal), Is.EqualTo(8).Within(1e-9));
            Assert.That(TheoryBar.P99(ideal), Is.EqualTo(TheoryBar.DoubleSidedIdeal(DoubleSidedTheory.Sharpness(ideal), N)), "the ideal network is its own theory");
            Assert.That(TheoryBar.P99(bent), Is.GreaterThan(TheoryBar.Factor * TheoryBar.DoubleSidedIdeal(DoubleSidedTheory.Sharpness(bent), N)));
        });
    }
}
