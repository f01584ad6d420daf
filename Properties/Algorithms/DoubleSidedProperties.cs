using FsCheck;
using FsCheck.NUnit;
using Verification.Algorithms;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Problem;

namespace Verification.Properties.Algorithms;

[Claim("ENC-1")]
public class DoubleSidedProperties
{
    // Floating-point slack: f is a sum of n terms of size |x_i|, so rounding is ~1e-15 of ||x||_1.
    static double Slack(double l1) => 1e-12 * (1 + l1);

    static bool WithinBound(Func<int, double, Network> encode, double[] x, double k)
    {
        var network = encode(x.Length, k);
        var gap = L1Norm.Scalar(x) - network.Evaluate(x);
        return gap >= -Slack(L1Norm.Scalar(x)) && gap <= DoubleSided.ErrorBound(x.Length, k) + Slack(L1Norm.Scalar(x));
    }

    [Property(MaxTest = 1000)]
    public bool Gap_below_the_L1_norm_is_between_zero_and_the_bound_for_every_x(NonEmptyArray<NormalFloat> x, PositiveInt k) =>
        WithinBound((n, sharpness) => DoubleSided.Encode(n, sharpness), Generators.Input(x), Generators.Sharpness(k));

    [Test]
    public void The_bound_property_fails_when_one_output_weight_is_doubled()
    {
        static Network Broken(int n, double k) => Transform.SetOutputWeight(DoubleSided.Encode(n, k), n, 2 / k);
        Assert.That(Generators.FindsCounterexample<NonEmptyArray<NormalFloat>, PositiveInt>(
            (x, k) => WithinBound(Broken, Generators.Input(x), Generators.Sharpness(k))), Is.True);
    }

    [Test]
    public void The_bound_is_tight_at_the_worst_input()
    {
        // |x| - x tanh(kx/2) peaks at k|x| = 1.2785 (where 2u/(e^u + 1) is largest); the bound is that peak.
        const double k = 10;
        var x = Enumerable.Repeat(1.2785 / k, 3).ToArray();
        var gap = L1Norm.Scalar(x) - DoubleSided.Encode(3, k).Evaluate(x);
        Assert.That(gap, Is.EqualTo(DoubleSided.ErrorBound(3, k)).Within(1e-6));
    }
}
