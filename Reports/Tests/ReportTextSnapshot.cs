using Verification.Reports.Tests.Support;
using Verification.Vocabulary;

namespace Verification.Reports.Tests;

/// <summary>
/// The report's visible text for the fixture results, one line per heading, paragraph, caption and table row,
/// pinned in approved/report-text.approved.txt: a change to numbers or structure shows up as a text diff.
/// </summary>
[Claim("RPT-2")]
public class ReportTextSnapshot
{
    static string Text(Results.RunResults results) => new ReportDocument(ReportGenerator.Render(results)).TextContent();

    [Test]
    public void The_report_text_matches_its_approved_text() => Snapshot.Verify(Text(FixtureResults.Value), "report-text");

    [Test]
    public void The_text_changes_when_one_network_is_relabelled()
    {
        var first = FixtureResults.Value.Networks[0];
        var relabelled = FixtureResults.Value with
        {
            Networks = FixtureResults.Value.Networks.Select(r => ReferenceEquals(r, first) ? r with { Algorithm = AlgorithmLabel.Unclassified } : r).ToArray(),
        };
        Assert.That(Text(relabelled), Is.Not.EqualTo(Snapshot.Approved("report-text")));
    }
}
