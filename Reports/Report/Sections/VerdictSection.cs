using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Reports.Sections;

/// <summary>
/// Section 1: every claim this run measured with its verdict, the measured figure beside its threshold, and its tests;
/// then the claims it did not measure, listed once with the command that records them.
/// </summary>
internal static class VerdictSection
{
    public static string Render(RunResults results)
    {
        var claims = results.Claims;
        int Count(Verdict verdict) => claims.Count(c => c.Verdict == verdict);
        var rows = string.Concat(claims.Where(c => c.Verdict != Verdict.NotRun).Select(c =>
            $"<tr id=\"claim-{Html.E(c.Id)}\"><th scope=\"row\">{Html.E(c.Id)}</th><td><span class=\"badge {Html.E(c.Verdict.Name)}\">{Html.E(c.Verdict.Name)}</span>{OpenTag(c)}</td>" +
            $"<td>{Html.E(c.Title)}</td><td class=\"measured\">{Html.E(c.Measured)}</td><td class=\"threshold\">{Html.E(c.Threshold)}</td>" +
            $"<td>{string.Join("<br> ", c.Evidence.Select(e => $"<code>{Html.E(e)}</code>"))}</td></tr>"));
        return $"""
            <section id="verdict"><h2>1. Verdict</h2>
            <p class="summary"><strong>{Count(Verdict.Pass)} pass</strong>, <strong>{Count(Verdict.Fail)} fail</strong>, <strong>{Count(Verdict.NotRun)} not run</strong> of {claims.Count} claims (Spec/claims.md).
            {claims.Count(c => c.Status == ClaimStatus.Open)} claims are <span class="open">open</span>: measured and shown here, but not yet established on the shipped checkpoint; a failure of any other claim fails the CI gate.</p>
            <div class="wide"><table><caption>Claims this run measured, their verdicts and evidence</caption><thead><tr><th scope="col">id</th><th scope="col">verdict</th><th scope="col">claim</th><th scope="col">measured</th><th scope="col">threshold</th><th scope="col">tests</th></tr></thead>
            <tbody>{rows}</tbody></table></div>
            {NotMeasured(claims)}</section>
            """;
    }

    static string OpenTag(ClaimResult claim) => claim.Status == ClaimStatus.Open ? " <span class=\"open\">open</span>" : "";

    /// <summary>
    /// The claims without a verdict, grouped by what their figure says to do (the same command records each group's
    /// tests): each id once, as the anchor the scorecard links to.
    /// </summary>
    static string NotMeasured(IReadOnlyList<ClaimResult> claims)
    {
        var groups = claims.Where(c => c.Verdict == Verdict.NotRun).GroupBy(c => c.Measured).ToArray();
        if (groups.Length == 0) return "";
        var items = string.Concat(groups.Select(g =>
            $"<li><span class=\"ids\">{string.Join(", ", g.Select(c => $"<span id=\"claim-{Html.E(c.Id)}\">{Html.E(c.Id)}</span>{OpenTag(c)}"))}</span>: {Html.E(g.Key)}</li>"));
        return $"<div class=\"not-run\"><h3>Not measured by this run ({groups.Sum(g => g.Count())} claims)</h3><ul>{items}</ul></div>";
    }
}
