using Verification.Classifier;

namespace Verification.Properties.Classifier;

/// <summary>
/// One input's coverage rules (Spec/classifier.md) at their thresholds: a side is covered from exactly the
/// coverage threshold up; an input covered on neither or both sides has no side and no pudding balance; the
/// balance is -sigma_i l_i / (A_i / 2), and it is balanced from exactly 1/2 to exactly 2.
/// </summary>
public class InputCoverageRuleTests
{
    static readonly double Covered = Thresholds.Coverage;
    static readonly double Short = Math.BitDecrement(Thresholds.Coverage);

    static InputCoverage Input(double plus, double minus, double amplitude = 4, double linear = -2) => new(0, plus, minus, amplitude, linear);

    [Test]
    public void A_side_is_covered_from_the_threshold_up() =>
        Assert.Multiple(() =>
        {
            Assert.That((Input(Covered, 0).CoveredPlus, Input(Short, 0).CoveredPlus), Is.EqualTo((true, false)));
            Assert.That((Input(0, Covered).CoveredMinus, Input(0, Short).CoveredMinus), Is.EqualTo((true, false)));
        });

    [Test]
    public void The_side_is_the_one_covered_side_and_none_otherwise() =>
        Assert.That(new[] { Input(1, 0), Input(0, 1), Input(0, 0), Input(1, 1) }.Select(c => c.Side), Is.EqualTo(new[] { 1, -1, 0, 0 }));

    [Test]
    public void The_balance_is_the_linear_part_against_half_the_kinks_amplitude() =>
        Assert.Multiple(() =>
        {
            Assert.That(Input(1, 0, amplitude: 4, linear: -1).PuddingBalance, Is.EqualTo(0.5));
            Assert.That(Input(0, 1, amplitude: 4, linear: 3).PuddingBalance, Is.EqualTo(1.5));
        });

    [Test]
    public void Without_one_side_or_without_amplitude_there_is_no_balance() =>
        Assert.That(new[] { Input(0, 0), Input(1, 1), Input(1, 0, amplitude: 0), Input(0, 0, amplitude: 0) }.Select(c => c.PuddingBalance), Is.All.EqualTo(0.0));

    [TestCase(-1.0, true)]
    [TestCase(-4.0, true)]
    [TestCase(-0.9999999999999999, false)]
    [TestCase(-4.000000000000001, false)]
    public void Balanced_from_one_half_to_two(double linear, bool balanced) =>
        Assert.That(Input(1, 0, amplitude: 4, linear: linear).PuddingBalanced, Is.EqualTo(balanced));
}
