using Verification.Algorithms;
using Verification.Checking;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Problem;
using Verification.Study;

namespace Verification.Properties.Discovery;

/// <summary>
/// ACC-2: the shipped checkpoint's pudding networks at n = 16 are as accurate as their own pudding theory
/// allows: p99 error at most 1.5 times that of the ideal pudding of the same k, signs, B and s (PuddingTheory).
/// </summary>
[Claim("ACC-2")]
public class PuddingAccuracyTheoryTests
{
    const int N = 16;
    const int Samples = 2000;
    const double Factor = 1.5;

    static (double Measured, double Theory) Compare(Network network)
    {
        var ideal = PuddingTheory.IdealNetwork(network, Samples, seed: 1) ?? throw new InvalidOperationException("no pudding neuron or kink");
        return (L1Check.Run(network, InputDomain.Normal, Samples).P99RelError, DoubleSidedTheory.CheckOf(ideal, Samples, seed: 0).P99RelError);
    }

    [Test]
    public void Pudding_networks_are_as_accurate_as_their_theory_predicts()
    {
        var betas = Shipped.Grid(25).Betas;
        var compared = betas.SelectMany(beta => Enumerable.Range(0, 2).Select(seed => (beta, network: NetworkGenerator.Generate(Shipped.Hypernetwork, N, beta, seed))))
            .Where(c => Algorithm.IsPudding(AlgorithmClassifier.Classify(c.network).Algorithm))
            .Select(c => (c.beta, k: DoubleSidedTheory.Sharpness(c.network), ratio: Compare(c.network))).ToArray();
        foreach (var c in compared)
            TestContext.Out.WriteLine($"beta {c.beta:E2}: k {c.k:F2}, p99 {c.ratio.Measured:P2} against the ideal's {c.ratio.Theory:P2} ({c.ratio.Measured / c.ratio.Theory:F2}x)");
        Assert.That(compared, Is.Not.Empty, "the shipped checkpoint generates pudding networks at n = 16");
        Assert.That(compared.Where(c => c.ratio.Measured > Factor * c.ratio.Theory).Select(c => $"beta {c.beta:E2}: {c.ratio.Measured / c.ratio.Theory:F2}x"), Is.Empty);
    }

    [Test]
    public void The_ideal_pudding_meets_its_own_theory_and_a_bent_one_does_not()
    {
        var ideal = DoubleSidedTheory.WithBestBias(Pudding.Encode(PuddingVariant.Positive, N, 8, bias: 12, s: 0.5), Samples, seed: 1);
        var bent = ideal.With(v: ideal.V.Select((v, j) => j < N ? 1.2 * v : v).ToArray());   // every kink 20% too steep
        var (measured, theory) = Compare(ideal);
        var b = Compare(bent);
        Assert.Multiple(() =>
        {
            Assert.That(measured, Is.EqualTo(theory).Within(1e-12), "the ideal pudding is its own theory");
            Assert.That(b.Measured, Is.GreaterThan(Factor * b.Theory));
        });
    }
}
