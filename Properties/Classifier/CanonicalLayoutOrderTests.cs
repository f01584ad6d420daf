using Verification.Classifier;
using Verification.Networks;

namespace Verification.Properties.Classifier;

/// <summary>
/// The canonical layout's order at each of its keys (Spec/classifier.md): inputs covered on both sides come
/// first, and inputs equal in everything else are ordered by their summed |W| column, smallest first; among
/// neurons equal in role, input, sign and pattern, the one that carries more comes first.
/// </summary>
public class CanonicalLayoutOrderTests
{
    [Test]
    public void An_input_covered_on_both_sides_comes_before_one_covered_on_one_side()
    {
        // Input 0: one kink reading +x0. Input 1: kinks reading +x1 and -x1.
        var network = new Network([[10, 0], [0, 10], [0, -10]], [0, 0, 0], [1, 1, 1], 0);
        Assert.That(CanonicalLayout.Of(network).Inputs, Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void Inputs_equal_in_coverage_and_output_are_ordered_by_their_summed_weight_magnitude()
    {
        // Smooth neurons only (|W| < 2), so neither input is covered. Both columns give sum_j v_j W_ji = 2, but input 0's
        // |W| column sums to 2 (largest entry 1) and input 1's to 1.5 (largest entry 1.5): the sum puts input 1 first.
        var network = new Network([[1, 0], [1, 0], [0, 1.5]], [0, 0, 0], [1, 1, 4.0 / 3], 0);
        Assert.That(CanonicalLayout.Of(network).Inputs, Is.EqualTo(new[] { 1, 0 }));
    }

    [Test]
    public void Of_two_kinks_alike_the_one_that_carries_more_comes_first()
    {
        var network = new Network([[3], [5]], [0, 0], [1, 1], 0);
        var neurons = CanonicalLayout.Of(network).Neurons;
        Assert.Multiple(() =>
        {
            Assert.That(neurons.Select(p => p.Index), Is.EqualTo(new[] { 1, 0 }));
            Assert.That(neurons[0].Contribution, Is.GreaterThan(neurons[1].Contribution));
        });
    }
}
