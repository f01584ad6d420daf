using Verification.Checking;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Vocabulary;

namespace Verification.Properties.Discovery;

/// <summary>
/// ACC-3: at the lowest beta the double-sided algorithm carries over n as an algorithm, not only as a pass: at
/// every swept n from 16 up the networks are double-sided with the sharpness they have at n = 16 (within 20%)
/// and as accurate as that sharpness allows at their own n (p99 at most 1.5 times the ideal's, DoubleSidedTheory).
/// </summary>
[Claim("ACC-3")]
public class GeneralisationTheoryTests
{
    const double SharpnessSpread = 0.2;
    static readonly int[] Dimensions = [20, 24, 32, 40, 48, 64, 96, 128];

    static Network Generated(int n, int seed) => NetworkGenerator.Generate(Shipped.Hypernetwork, n, Shipped.Options.BetaMin, seed);

    [Test]
    public void Double_sided_keeps_its_sharpness_and_its_theorys_accuracy_across_n()
    {
        var k16 = DoubleSidedTheory.Sharpness(Generated(16, 0));
        var rows = Dimensions.SelectMany(n => Enumerable.Range(0, 2).Select(seed =>
        {
            var network = Generated(n, seed);
            var k = DoubleSidedTheory.Sharpness(network);
            var ratio = TheoryBar.P99(network) / TheoryBar.DoubleSidedIdeal(k, n);
            return (n, seed, label: AlgorithmClassifier.Classify(network).Algorithm, k, ratio);
        })).ToArray();
        foreach (var r in rows) TestContext.Out.WriteLine($"n {r.n}, seed {r.seed}: {r.label}, k {r.k:F2} (n = 16: {k16:F2}), p99 {r.ratio:F2}x the ideal's");
        Assert.That(rows.Where(r => r.label != AlgorithmLabel.DoubleSided || Math.Abs(r.k / k16 - 1) > SharpnessSpread || r.ratio > TheoryBar.Factor)
            .Select(r => $"n {r.n} seed {r.seed}: {r.label}, k {r.k / k16:F2}x, {r.ratio:F2}x"), Is.Empty);
    }
}
