using Verification.Classifier;
using Verification.Networks;
using Verification.Vocabulary;

namespace Verification.Properties.Classifier;

/// <summary>
/// Neurons and networks at the classifier's edges: a neuron with no input weights is constant, so it reads no
/// input (alignment 0) and its bias alone says whether it is on (offset +-infinity: linear when on); a network whose
/// output weights are all zero carries nothing, so no neuron is active, every share is 0 and it is unclassified.
/// </summary>
public class ClassifierEdgeCaseTests
{
    [Test]
    public void A_neuron_without_input_weights_reads_no_input_and_is_linear_when_its_bias_turns_it_on()
    {
        var profiles = NeuronProfile.Of(new Network([[0, 0], [0, 0], [0, 0]], [1, -1, 0], [1, 1, 1], 0));
        Assert.Multiple(() =>
        {
            Assert.That(profiles.Select(p => (p.Norm, p.Alignment)), Is.All.EqualTo((0.0, 0.0)));
            Assert.That(profiles.Select(p => p.Offset).Take(2), Is.EqualTo(new[] { double.PositiveInfinity, double.NegativeInfinity }));
            Assert.That(profiles.Select(p => p.Role), Is.EqualTo(new[] { NeuronRole.Linear, NeuronRole.Smooth, NeuronRole.Smooth }));
            Assert.That(profiles.Select(p => p.Contribution), Is.All.LessThan(1e-12), "a constant carries no spread");
        });
    }

    [Test]
    public void A_network_whose_output_weights_are_all_zero_has_no_active_neuron_no_share_and_no_label()
    {
        var result = AlgorithmClassifier.Classify(new Network([[3, 0], [0, -3], [0.5, 0.5]], [0, 0, 4], [0, 0, 0], 1));
        Assert.Multiple(() =>
        {
            Assert.That(result.Parameters.ActiveNeurons, Is.Zero);
            Assert.That(new[] { result.Parameters.AxisShare, result.Parameters.LinearShare, result.Parameters.SmoothPositiveShare }, Is.All.EqualTo(0.0));
            Assert.That(result.Algorithm, Is.EqualTo(AlgorithmLabel.Unclassified));
            Assert.That(CanonicalLayout.Of(new Network([[3, 0]], [0], [0], 1)).Neurons, Is.Empty);
        });
    }
}
