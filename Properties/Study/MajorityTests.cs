using Verification.Study;
using Verification.Vocabulary;

namespace Verification.Properties.Study;

/// <summary>
/// The one majority rule: a tie goes to the label first in ordinal order of its name, whatever order the networks
/// come in, so the report's step grid and onset table and the discovery claims name a tied group alike.
/// </summary>
public class MajorityTests
{
    [Test]
    public void The_most_common_label_wins() =>
        Assert.That(Majority.Of([AlgorithmLabel.PositivePudding, AlgorithmLabel.Convexity, AlgorithmLabel.Convexity]), Is.EqualTo(AlgorithmLabel.Convexity));

    [Test]
    public void A_tie_goes_to_the_first_label_in_ordinal_order_in_any_order()
    {
        AlgorithmLabel[] labels = [AlgorithmLabel.Unclassified, AlgorithmLabel.DoubleSided, AlgorithmLabel.Convexity,
            AlgorithmLabel.DoubleSided, AlgorithmLabel.Unclassified, AlgorithmLabel.Convexity];
        Assert.Multiple(() =>
        {
            Assert.That(Majority.Of(labels), Is.EqualTo(AlgorithmLabel.Convexity));
            Assert.That(Majority.Of(labels.Reverse()), Is.EqualTo(AlgorithmLabel.Convexity));
        });
    }

    /// <summary>By name, not by the order of AlgorithmFamily.All, where pudding comes before convexity.</summary>
    [Test]
    public void A_tie_of_families_goes_by_the_ordinal_order_of_their_names() =>
        Assert.That(Majority.Of([AlgorithmFamily.Pudding, AlgorithmFamily.Convexity]), Is.EqualTo(AlgorithmFamily.Convexity));
}
