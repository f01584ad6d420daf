using Verification.Classifier;

namespace Verification.Properties.Classifier;

/// <summary>
/// The quadrature behind every neuron's spread (Spec/classifier.md): nodes from -8 to 8 spaced 0.02, weights of
/// the standard normal that sum to 1 and reproduce its mean 0 and variance 1.
/// </summary>
public class NormalQuadratureTests
{
    [Test]
    public void Nodes_run_from_minus_eight_to_eight_in_steps_of_two_hundredths()
    {
        var nodes = NormalQuadrature.Nodes.ToArray();
        var steps = nodes.Zip(nodes.Skip(1), (a, b) => b - a);
        Assert.Multiple(() =>
        {
            Assert.That(nodes, Has.Length.EqualTo(801));
            Assert.That(nodes[0], Is.EqualTo(-8));
            Assert.That(nodes[^1], Is.EqualTo(8));
            Assert.That(steps, Is.All.EqualTo(0.02).Within(1e-12));
        });
    }

    [Test]
    public void Weights_are_the_standard_normal()
    {
        var (nodes, weights) = (NormalQuadrature.Nodes.ToArray(), NormalQuadrature.Weights.ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(weights.Sum(), Is.EqualTo(1).Within(1e-12));
            Assert.That(nodes.Zip(weights, (t, p) => p * t).Sum(), Is.EqualTo(0).Within(1e-12));
            Assert.That(nodes.Zip(weights, (t, p) => p * t * t).Sum(), Is.EqualTo(1).Within(1e-12));
            Assert.That(weights[400] / weights[450], Is.EqualTo(Math.Exp(0.5)).Within(1e-12), "density ratio between t = 0 and t = 1");
        });
    }
}
