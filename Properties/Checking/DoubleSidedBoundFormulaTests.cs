using Verification.Algorithms;
using Verification.Checking;

namespace Verification.Properties.Checking;

/// <summary>
/// REAL-1's bound term by term: the sharpness is the smallest norm among the kinks (infinite without kinks), the
/// excess is |f(x) - f(0) - ||x||_1| less 0.5569 n / k + 0.02 ||x||_1, and an output bias, which moves f(x) and f(0)
/// alike, does not change it.
/// </summary>
public class DoubleSidedBoundFormulaTests
{
    [Test]
    public void The_sharpness_is_the_smallest_kink_norm_and_infinite_without_kinks()
    {
        var mixed = DoubleSided.Encode(2, 10);
        var blunter = mixed.With(w: mixed.W.Select((row, j) => j == 3 ? row.Select(x => x / 2).ToArray() : row).ToArray(),
            v: mixed.V.Select((v, j) => j == 3 ? 2 * v : v).ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(DoubleSidedBound.Sharpness(mixed), Is.EqualTo(10).Within(1e-12));
            Assert.That(DoubleSidedBound.Sharpness(blunter), Is.EqualTo(5).Within(1e-12));
            Assert.That(DoubleSidedBound.Sharpness(new Verification.Networks.Network([[0.5, 0]], [0], [1], 0)), Is.EqualTo(double.PositiveInfinity), "one smooth neuron");
        });
    }

    [Test]
    public void The_excess_is_the_error_less_the_bound_and_ignores_the_output_bias()
    {
        var network = DoubleSided.Encode(3, 4);
        double[] x = [0.7, -2, 0.1];
        var norm = 2.8;
        var expected = Math.Abs(network.Evaluate(x) - network.Evaluate([0, 0, 0]) - norm) - (DoubleSided.GapPerInput * 3 / 4 + DoubleSidedBound.SlopeSlack * norm);
        Assert.Multiple(() =>
        {
            Assert.That(DoubleSidedBound.Excess(network, 4, x), Is.EqualTo(expected).Within(1e-12));
            Assert.That(DoubleSidedBound.Excess(network.With(c: 3), 4, x), Is.EqualTo(expected).Within(1e-12));
        });
    }
}
