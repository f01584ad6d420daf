using FsCheck;
using FsCheck.NUnit;
using Verification.Classifier;
using Verification.Properties.Support;
using Verification.Vocabulary;

namespace Verification.Properties.Classifier;

[Claim("CLS-1")]
public class ClassifierLabelProperties
{
    [Property(MaxTest = 1000)]
    public bool Every_hand_encoded_algorithm_is_recognised_for_every_n(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, NonNegativeInt seed)
    {
        var encoded = Encoded.From(n, algorithm, k, seed);
        return encoded.Label() == encoded.Algorithm;
    }

    [Test]
    public void The_labelling_property_fails_when_an_axis_neuron_is_switched_off()
    {
        Assert.That(Generators.FindsCounterexample<PositiveInt, NonNegativeInt>((n, algorithm) =>
        {
            var encoded = Encoded.From(Generators.Dimension(n), algorithm.Get, 21, 0);
            if (encoded.Algorithm == AlgorithmLabel.Convexity) return true;
            var broken = Transform.SetOutputWeight(encoded.Network, 0, 0);      // neuron 0 is the +k kink on input 0
            return AlgorithmClassifier.Classify(broken).Algorithm == encoded.Algorithm;
        }), Is.True);
    }

    [TestCase(1)]
    [TestCase(16)]
    public void Switching_off_one_kink_leaves_the_network_unclassified(int n)
    {
        foreach (var name in new[] { AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding })
        {
            var network = Verification.Algorithms.HandEncoded.Encode(name, n);
            Assert.That(AlgorithmClassifier.Classify(Transform.SetOutputWeight(network, 0, 0)).Algorithm, Is.EqualTo(AlgorithmLabel.Unclassified), name.Name);
        }
    }
}
