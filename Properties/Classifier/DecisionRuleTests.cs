using Verification.Classifier;
using Verification.Vocabulary;

namespace Verification.Properties.Classifier;

/// <summary>
/// The classifier's rules on order parameters (Spec/classifier.md), at their thresholds: a share exactly at a
/// threshold is enough, the next double below is not; an input short of full coverage, balance or sidedness
/// breaks its rule; the pudding's sign follows which inputs are one-sided which way.
/// </summary>
public class DecisionRuleTests
{
    static double Below(double threshold) => Math.BitDecrement(threshold);

    static OrderParameters DoubleSided(double axis = 0.95, double doubleSidedness = 1) =>
        new(16, 48, 32, axis, 0, 0, doubleSidedness, 0, 0, 0, 0);

    static OrderParameters Pudding(double axis = 0.5, double linear = 0.45, double oneSidedness = 1, double balanced = 1, int positive = 16, int negative = 0) =>
        new(16, 48, 17, axis, linear, 0, 0, oneSidedness, positive, negative, balanced);

    static OrderParameters Convexity(double smooth) => new(16, 48, 48, 0, 0, smooth, 0, 0, 0, 0, 0);

    [Test]
    public void Double_sided_needs_every_input_both_ways_and_90_percent_in_kinks() =>
        Assert.Multiple(() =>
        {
            Assert.That(AlgorithmClassifier.Decide(DoubleSided(axis: Thresholds.StructureShare)), Is.EqualTo(AlgorithmLabel.DoubleSided));
            Assert.That(AlgorithmClassifier.Decide(DoubleSided(axis: Below(Thresholds.StructureShare))), Is.EqualTo(AlgorithmLabel.Unclassified));
            Assert.That(AlgorithmClassifier.Decide(DoubleSided(doubleSidedness: 15 / 16.0)), Is.EqualTo(AlgorithmLabel.Unclassified));
        });

    [Test]
    public void Pudding_needs_every_input_one_sided_and_balanced_and_90_percent_in_kinks_and_linear_neurons() =>
        Assert.Multiple(() =>
        {
            Assert.That(AlgorithmClassifier.Decide(Pudding(axis: Thresholds.StructureShare, linear: 0)), Is.EqualTo(AlgorithmLabel.PositivePudding));
            Assert.That(AlgorithmClassifier.Decide(Pudding(axis: 0, linear: Thresholds.StructureShare)), Is.EqualTo(AlgorithmLabel.PositivePudding));
            Assert.That(AlgorithmClassifier.Decide(Pudding(axis: Below(Thresholds.StructureShare), linear: 0)), Is.EqualTo(AlgorithmLabel.Unclassified));
            Assert.That(AlgorithmClassifier.Decide(Pudding(oneSidedness: 15 / 16.0)), Is.EqualTo(AlgorithmLabel.Unclassified));
            Assert.That(AlgorithmClassifier.Decide(Pudding(balanced: 15 / 16.0)), Is.EqualTo(AlgorithmLabel.Unclassified));
        });

    static readonly TestCaseData[] Signs =
    [
        new(16, 0, AlgorithmLabel.PositivePudding), new(0, 16, AlgorithmLabel.NegativePudding), new(8, 8, AlgorithmLabel.MixedPudding), new(15, 1, AlgorithmLabel.MixedPudding),
    ];

    [TestCaseSource(nameof(Signs))]
    public void Pudding_is_named_by_the_signs_of_its_one_sided_inputs(int positive, int negative, AlgorithmLabel label) =>
        Assert.That(AlgorithmClassifier.Decide(Pudding(positive: positive, negative: negative)), Is.EqualTo(label));

    [Test]
    public void Convexity_needs_80_percent_in_smooth_neurons_with_positive_output() =>
        Assert.Multiple(() =>
        {
            Assert.That(AlgorithmClassifier.Decide(Convexity(Thresholds.ConvexShare)), Is.EqualTo(AlgorithmLabel.Convexity));
            Assert.That(AlgorithmClassifier.Decide(Convexity(Below(Thresholds.ConvexShare))), Is.EqualTo(AlgorithmLabel.Unclassified));
        });

    [Test]
    public void The_rules_apply_in_order_double_sided_first() =>
        Assert.That(AlgorithmClassifier.Decide(new OrderParameters(16, 48, 48, 0.95, 0, 0.9, 1, 0, 0, 0, 0)), Is.EqualTo(AlgorithmLabel.DoubleSided));
}
