using FsCheck;
using FsCheck.NUnit;
using Verification.Algorithms;
using Verification.Classifier;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Vocabulary;

namespace Verification.Properties.Classifier;

/// <summary>
/// Purity measures what share of a network is its label's algorithm: 1 for every hand encoding, and exactly the
/// canonical neurons' share when a non-canonical neuron is added, so it can tell an algorithm from a blend.
/// </summary>
[Claim("CLS-5")]
public class PurityTests
{
    const int N = 16;

    [Property(MaxTest = 300)]
    public bool Every_hand_encoding_is_pure(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, NonNegativeInt seed)
    {
        var encoded = Encoded.From(n, algorithm, k, seed);
        return AlgorithmClassifier.Classify(encoded.Network).Purity is { } purity && Math.Abs(purity - 1) <= 1e-12;
    }

    /// <summary>The network with its first dead neuron (W = 0, v = 0) replaced by (w, b, v).</summary>
    static Network WithNeuron(Network network, double[] w, double b, double v)
    {
        var j = Enumerable.Range(0, network.Hidden).First(j => network.V[j] == 0 && network.W[j].All(x => x == 0));
        var rows = network.W.Select((row, i) => i == j ? w : (double[])row.Clone()).ToArray();
        return new Network(rows, network.B.Select((x, i) => i == j ? b : x).ToArray(), network.V.Select((x, i) => i == j ? v : x).ToArray(), network.C);
    }

    static double ShareOf(Network network, int j) =>
        NeuronProfile.Of(network) is var neurons ? neurons[j].Contribution / neurons.Sum(p => p.Contribution) : 0;

    [Test]
    public void A_linear_neuron_beside_double_sided_kinks_lowers_purity_by_its_share()
    {
        // A dense neuron far in swish's linear regime (b / ||W|| = 12.5): the correction the generated networks carry.
        var network = WithNeuron(DoubleSided.Encode(N, 8), Enumerable.Repeat(0.1, N).ToArray(), 5, 2);
        var classification = AlgorithmClassifier.Classify(network);
        var added = Enumerable.Range(0, network.Hidden).Single(j => network.B[j] == 5);
        Assert.Multiple(() =>
        {
            Assert.That(classification.Algorithm, Is.EqualTo(AlgorithmLabel.DoubleSided), "still labelled double-sided");
            Assert.That(classification.Purity, Is.EqualTo(1 - ShareOf(network, added)).Within(1e-12));
            Assert.That(classification.Purity, Is.LessThan(Purity.Threshold));
        });
    }

    [Test]
    public void A_weak_kink_on_the_uncovered_side_is_not_puddings()
    {
        var network = WithNeuron(Pudding.Encode(PuddingVariant.Positive, N, 8), Enumerable.Range(0, N).Select(i => i == 0 ? -8.0 : 0).ToArray(), 0, 0.02);
        var classification = AlgorithmClassifier.Classify(network);
        var added = Enumerable.Range(0, network.Hidden).Single(j => network.W[j][0] == -8);
        Assert.Multiple(() =>
        {
            Assert.That(classification.Algorithm, Is.EqualTo(AlgorithmLabel.PositivePudding), "still labelled positive pudding");
            Assert.That(classification.Purity, Is.EqualTo(1 - ShareOf(network, added)).Within(1e-12));
            Assert.That(classification.Purity, Is.LessThan(1));
        });
    }

    [Test]
    public void Unclassified_networks_have_no_purity() =>
        Assert.That(AlgorithmClassifier.Classify(Transform.SetOutputWeight(DoubleSided.Encode(N, 8), 0, 0)).Purity, Is.Null);
}
