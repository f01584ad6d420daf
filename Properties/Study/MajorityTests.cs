using Verification.Study;

namespace Verification.Properties.Study;

/// <summary>
/// The one majority rule: a tie goes to the label first in ordinal order, whatever order the networks come in, so
/// the report's step grid and onset table and the discovery claims name a tied group alike.
/// </summary>
public class MajorityTests
{
    [Test]
    public void The_most_common_label_wins() =>
        Assert.That(Majority.Of(["pudding", "convexity", "convexity"]), Is.EqualTo("convexity"));

    [Test]
    public void A_tie_goes_to_the_first_label_in_ordinal_order_in_any_order()
    {
        string[] labels = ["unclassified", "double-sided", "convexity", "double-sided", "unclassified", "convexity"];
        Assert.Multiple(() =>
        {
            Assert.That(Majority.Of(labels), Is.EqualTo("convexity"));
            Assert.That(Majority.Of(labels.Reverse()), Is.EqualTo("convexity"));
        });
    }
}
