using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Reports.Sections;

/// <summary>
/// The first screen: does the paper hold? Each finding with its verdict, the figure of the claim that decides it,
/// and links to its section and its claims. One card per finding, as many side by side as the width allows.
/// </summary>
internal static class ScorecardSection
{
    public static string Render(RunResults results)
    {
        var judged = Finding.Paper.Select(f => (Finding: f, Outcome: f.Judge(results))).ToArray();
        int Count(Finding.Outcome outcome) => judged.Count(j => j.Outcome == outcome);
        var cards = string.Concat(judged.Select(j => Card(j.Finding, j.Outcome, results)));
        return $"""
            <section id="scorecard"><h2>Does the paper hold?</h2>
            <p class="summary">Of the paper's {judged.Length} findings, this run finds <strong>{Count(Finding.Outcome.Holds)} hold</strong>, <strong>{Count(Finding.Outcome.Partly)} partly</strong> and <strong>{Count(Finding.Outcome.DoesNotHold)} do not</strong>{(Count(Finding.Outcome.NotMeasured) > 0 ? $"; {Count(Finding.Outcome.NotMeasured)} not measured" : "")}. A finding holds when every claim of it that this run measured passes (section 1).</p>
            <div class="cards">{cards}</div></section>
            """;
    }

    static string Card(Finding finding, Finding.Outcome outcome, RunResults results)
    {
        var claims = finding.Of(results);
        var name = Finding.Name(outcome);
        var links = string.Join(" ", claims.Select(c => $"<a href=\"#claim-{Html.E(c.Id)}\" class=\"{Html.E(c.Verdict.Name)}\">{Html.E(c.Id)}</a>"));
        return $"<article class=\"finding\"><h3><span class=\"title\">{Html.E(finding.Title)}</span> <span class=\"badge {Html.E(name.Replace(' ', '-'))}\">{Html.E(name)}</span></h3>" +
            $"<p class=\"figure\">{Figure(claims)}</p>" +
            $"<p class=\"links\"><a href=\"#{finding.Section}\">section {finding.SectionNumber}</a> · {links}</p></article>";
    }

    /// <summary>The figure of the first claim this run measured: the finding's own when it was measured.</summary>
    static string Figure(IReadOnlyList<ClaimResult> claims) =>
        claims.FirstOrDefault(c => c.Verdict != Verdict.NotRun) is { } decider
            ? $"<span class=\"decider\">{Html.E(decider.Id)}:</span> {Html.E(decider.Measured)}"
            : "not measured by this run: its claims are listed at the end of section 1";
}
