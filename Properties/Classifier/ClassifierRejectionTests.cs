using FsCheck;
using FsCheck.NUnit;
using Verification.Algorithms;
using Verification.Classifier;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Vocabulary;

namespace Verification.Properties.Classifier;

/// <summary>No structure, or two algorithms at once, must come out unclassified, not forced into a class.</summary>
[Claim("CLS-3")]
public class ClassifierRejectionTests
{
    /// <summary>W, b ~ N(0, 1); output weights alternate in sign with magnitudes in [0.5, 1.5].</summary>
    static Network Unstructured(int n, int seed)
    {
        var random = new Random(seed);
        var net = RandomNetwork.Gaussian(n, 3 * n, seed);
        return net.With(v: net.V.Select((_, j) => (j % 2 == 0 ? 1 : -1) * (0.5 + random.NextDouble())).ToArray());
    }

    /// <summary>
    /// n in 4..64. With n &lt;= 3 a random network has 3 to 9 neurons, and by chance its positive neurons
    /// can carry over 80% of the contribution: then "convexity" is a fair description (Spec/classifier.md).
    /// </summary>
    [Property(MaxTest = 1000)]
    public bool Random_weights_with_output_weights_of_both_signs_are_unclassified(PositiveInt n, int seed) =>
        AlgorithmClassifier.Classify(Unstructured(UnstructuredDimension(n), seed)).Algorithm == AlgorithmLabel.Unclassified;

    static int UnstructuredDimension(PositiveInt n) => 4 + (n.Get - 1) % (Generators.MaxDimension - 3);

    [Test]
    public void The_rejection_property_fails_when_every_output_weight_is_positive()
    {
        Assert.That(Generators.FindsCounterexample<PositiveInt, int>((n, seed) =>
        {
            var net = Unstructured(UnstructuredDimension(n), seed);
            return AlgorithmClassifier.Classify(net.With(v: net.V.Select(Math.Abs).ToArray())).Algorithm == AlgorithmLabel.Unclassified;
        }), Is.True);
    }

    /// <summary>The neurons of two networks side by side, output weights and offset scaled by a and b.</summary>
    static Network Superpose(Network first, double a, Network second, double b) => new(
        first.W.Concat(second.W).ToArray(),
        first.B.Concat(second.B).ToArray(),
        first.V.Select(v => a * v).Concat(second.V.Select(v => b * v)).ToArray(),
        a * first.C + b * second.C);

    [TestCase(2)]
    [TestCase(4)]
    [TestCase(16)]
    [TestCase(64)]
    public void Double_sided_on_some_inputs_and_pudding_on_the_others_is_unclassified(int n)
    {
        // Inputs 0..m-1 double-sided; inputs m..n-1 pudding (kink + a pudding neuron that reads only them).
        var m = n / 2;
        var doubleSided = DoubleSided.Encode(n, 100);
        var keep = Enumerable.Range(0, n).Where(i => i < m).SelectMany(i => new[] { i, n + i }).ToArray();
        var half = Transform.PermuteNeurons(doubleSided, keep);
        var puddingSigns = Enumerable.Range(0, n).Select(_ => 1).ToArray();
        var pudding = Pudding.Encode(n, 100, Pudding.DefaultB(n, 1), 1, puddingSigns);
        var puddingRows = pudding.W.Select((row, j) => j < n ? row : row.Select((w, i) => i >= m ? w : 0).ToArray()).ToArray();
        var kinksOnRest = Enumerable.Range(m, n - m).Append(n).ToArray();
        var rest = Transform.PermuteNeurons(pudding.With(w: puddingRows), kinksOnRest);
        Assert.That(AlgorithmClassifier.Classify(Superpose(half, 1, rest, 1)).Algorithm, Is.EqualTo(AlgorithmLabel.Unclassified));
    }

    static readonly TestCaseData[] HalfStrength =
    [
        new(AlgorithmLabel.DoubleSided, 4), new(AlgorithmLabel.DoubleSided, 16), new(AlgorithmLabel.PositivePudding, 16), new(AlgorithmLabel.NegativePudding, 64),
    ];

    [TestCaseSource(nameof(HalfStrength))]
    public void An_algorithm_at_half_strength_plus_a_convexity_bowl_is_unclassified(AlgorithmLabel algorithm, int n)
    {
        var mixed = Superpose(HandEncoded.Encode(algorithm, n), 0.5, Convexity.Encode(n, 1), 1);
        Assert.That(AlgorithmClassifier.Classify(mixed).Algorithm, Is.EqualTo(AlgorithmLabel.Unclassified));
    }
}
