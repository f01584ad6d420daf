using Verification.Classifier;
using Verification.Networks;

namespace Verification.Properties.Classifier;

/// <summary>
/// A neuron's role at the thresholds (Spec/classifier.md): linear from an offset b/|W| of exactly 2.5 up, an
/// axis neuron from an alignment of exactly 0.8 up; and a neuron is active from 0.1% of the network's summed
/// contribution, not of its largest neuron's; a sharp aligned neuron is an axis neuron only above an offset of -2.5.
/// </summary>
public class NeuronRoleRuleTests
{
    static NeuronRole RoleOf(double[] w, double b) => NeuronProfile.Of(new Network([w], [b], [1], 0))[0].Role;

    [Test]
    public void Linear_from_an_offset_of_exactly_the_threshold() =>
        Assert.Multiple(() =>
        {
            Assert.That(RoleOf([1, 0], Thresholds.LinearOffset), Is.EqualTo(NeuronRole.Linear));
            Assert.That(RoleOf([1, 0], Math.BitDecrement(Thresholds.LinearOffset)), Is.EqualTo(NeuronRole.Smooth));
        });

    [Test]
    public void An_axis_neuron_from_an_alignment_of_exactly_the_threshold() =>
        Assert.Multiple(() =>
        {
            Assert.That(RoleOf([4, 3], 0), Is.EqualTo(NeuronRole.Axis), "alignment 4/5 = 0.8");
            Assert.That(RoleOf([3.99, 3], 0), Is.EqualTo(NeuronRole.Smooth), "alignment just under 0.8");
            Assert.That(RoleOf([4, 3], -Thresholds.LinearOffset * 5), Is.EqualTo(NeuronRole.Smooth), "an axis neuron off by exactly -2.5 is off too often to be a kink");
        });

    [Test]
    public void Active_means_a_share_of_the_sum_of_all_contributions()
    {
        // Ten equal kinks and one at 0.2% of each: 0.02% of the sum (inactive), though 0.2% of the largest neuron.
        var v = Enumerable.Repeat(1.0, 10).Append(0.002).ToArray();
        var network = new Network(v.Select(_ => new[] { 10.0 }).ToArray(), new double[v.Length], v, 0);
        Assert.That(NeuronProfile.Active(network, NeuronRole.Axis).Select(p => p.Index), Is.EqualTo(Enumerable.Range(0, 10)));
    }

    [Test]
    public void Active_from_exactly_the_active_share_and_never_in_a_network_that_carries_nothing()
    {
        static NeuronProfile Contributing(double contribution) => new(0, 1, 1, 0, 1, 0, 1, contribution, NeuronRole.Axis);
        Assert.Multiple(() =>
        {
            Assert.That(Contributing(Thresholds.ActiveShare * 8).IsActive(8), Is.True, "exactly the share");
            Assert.That(Contributing(Math.BitDecrement(Thresholds.ActiveShare * 8)).IsActive(8), Is.False, "just under it");
            Assert.That(Contributing(0).IsActive(0), Is.False, "nothing of nothing");
        });
    }
}
