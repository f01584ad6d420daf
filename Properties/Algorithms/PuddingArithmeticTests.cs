using Verification.Algorithms;
using Verification.Checking;
using Verification.Errors;

namespace Verification.Properties.Algorithms;

/// <summary>
/// Pudding's small formulas: the margin u = B - s sum_i sigma_i x_i; the named variants check n before they
/// choose signs, so n = 0 is refused for what it is; and the ideal double-sided network's output bias is its
/// mean gap, which is positive (f(x) &lt;= ||x||_1 for the encoding) and below the gap's bound 0.5569 n / k.
/// </summary>
public class PuddingArithmeticTests
{
    [Test]
    public void The_margin_is_B_minus_s_times_the_signed_sum() =>
        Assert.That(Pudding.Margin([2, -1], [1, -1], bias: 10, s: 0.5), Is.EqualTo(8.5));

    [Test]
    public void A_named_variant_refuses_n_0_as_a_dimension() =>
        Assert.That(() => Pudding.Encode(PuddingVariant.Mixed, 0), Throws.TypeOf<BadInputException>().With.Message.StartsWith("n must be at least 1"));

    [Test]
    public void The_best_bias_of_the_ideal_double_sided_network_is_its_positive_mean_gap() =>
        Assert.That(DoubleSidedTheory.IdealNetwork(k: 10, n: 16, samples: 1000, seed: 1).C, Is.InRange(0.0, DoubleSided.GapPerInput * 16 / 10));
}
