using Verification.Checking;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Problem;
using Verification.Study;

namespace Verification.Properties.Discovery;

/// <summary>
/// ACC-1: the shipped checkpoint's double-sided networks at n = 16 are as accurate as their own sharpness
/// allows: p99 error at most 1.5 times that of the ideal double-sided network of the same k (DoubleSidedTheory).
/// </summary>
[Claim("ACC-1")]
public class AccuracyTheoryTests
{
    const int N = 16;
    const int Samples = 2000;
    const double Factor = 1.5;

    static (double Beta, double K, double Measured, double Theory) Compare(Network network, double beta)
    {
        var k = DoubleSidedTheory.Sharpness(network);
        return (beta, k, L1Check.Run(network, InputDomain.Normal, Samples).P99RelError, DoubleSidedTheory.Ideal(k, N, Samples, seed: 0).P99RelError);
    }

    [Test]
    public void Double_sided_networks_are_as_accurate_as_their_sharpness_predicts()
    {
        var betas = Shipped.Grid(25).Betas;
        var compared = betas.SelectMany(beta => Enumerable.Range(0, 2).Select(seed => (beta, NetworkGenerator.Generate(Shipped.Hypernetwork, N, beta, seed))))
            .Where(c => AlgorithmClassifier.Classify(c.Item2).Algorithm == Algorithm.DoubleSided)
            .Select(c => Compare(c.Item2, c.beta)).ToArray();
        foreach (var c in compared)
            TestContext.Out.WriteLine($"beta {c.Beta:E2}: k {c.K:F2}, p99 {c.Measured:P2} against the ideal's {c.Theory:P2} ({c.Measured / c.Theory:F2}x)");
        Assert.That(compared, Is.Not.Empty, "the shipped checkpoint generates double-sided networks at n = 16");
        Assert.That(compared.Where(c => c.Measured > Factor * c.Theory).Select(c => $"beta {c.Beta:E2}: {c.Measured / c.Theory:F2}x"), Is.Empty);
    }

    [Test]
    public void The_ideal_network_meets_its_own_theory_and_a_bent_one_does_not()
    {
        var ideal = DoubleSidedTheory.IdealNetwork(8, N, Samples, seed: 1);
        var bent = ideal.With(v: ideal.V.Select((v, j) => j < N ? 1.2 * v : v).ToArray());   // every positive kink 20% too steep
        var (_, k, measured, theory) = Compare(ideal, 0);
        var b = Compare(bent, 0);
        Assert.Multiple(() =>
        {
            Assert.That(k, Is.EqualTo(8).Within(1e-9));
            Assert.That(measured, Is.EqualTo(theory), "the ideal network is its own theory");
            Assert.That(b.Measured, Is.GreaterThan(Factor * b.Theory));
        });
    }
}
