using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Claims;

/// <summary>
/// One verdict for every claim of Spec/claims.md: measured claims (from a sweep) and test-backed claims
/// (from test evidence), both where a claim has both. A claim with neither is "not-run", never "pass".
/// Combining again with new evidence replaces the old test tallies and keeps the sweep's figures.
/// </summary>
public static class ClaimVerdicts
{
    public static IReadOnlyList<ClaimResult> Combine(IReadOnlyList<Claim> catalog, IReadOnlyList<ClaimResult> measured, TestEvidence? tests) =>
        catalog.Select(claim =>
        {
            var row = measured.FirstOrDefault(m => m.Id == claim.Id);
            // Without new evidence a verdict stands as it was; the catalog still decides what gates.
            if (tests is null && row is not null)
                return row with { Title = claim.Statement, Evidence = claim.Evidence, Status = claim.Status };
            // Only the sweep's own figure counts: test tallies of an earlier combination are replaced, not added to.
            var figure = row?.Figure;
            var threshold = row?.Threshold ?? claim.Tolerance;
            var tally = tests?.ByClaim.GetValueOrDefault(claim.Id);
            var testText = tally is null ? null : $"{tally.Passed} of {tally.Total} tests passed";
            var testVerdict = tally is null ? null : tally.Failed > 0 || tally.Other > 0 ? Verdict.Fail : tally.Passed > 0 ? Verdict.Pass : null;
            if (figure is not null && figure.Verdict != Verdict.NotRun)
            {
                var verdict = figure.Verdict == Verdict.Fail || testVerdict == Verdict.Fail ? Verdict.Fail : Verdict.Pass;
                return new ClaimResult(claim.Id, claim.Statement, verdict, testText is null ? figure.Measured : $"{figure.Measured}; {testText}", threshold, claim.Evidence, claim.Status, figure);
            }
            if (testVerdict is not null)
                return new ClaimResult(claim.Id, claim.Statement, testVerdict, testText!, threshold, claim.Evidence, claim.Status, figure);
            var why = figure?.Measured ?? NotRecorded(claim);
            return new ClaimResult(claim.Id, claim.Statement, Verdict.NotRun, why, threshold, claim.Evidence, claim.Status, figure);
        }).ToArray();

    /// <summary>
    /// Measured claims as verdicts: each evaluator's title, bar and figure, with the evidence and status the catalogue
    /// gives its id (no evidence and "holds" for an id the catalogue lacks).
    /// </summary>
    public static IReadOnlyList<ClaimResult> Of(IReadOnlyList<Claim> catalog, IReadOnlyList<ClaimMeasurement> measured) =>
        measured.Select(m =>
        {
            var claim = catalog.FirstOrDefault(c => c.Id == m.Id);
            return new ClaimResult(m.Id, m.Title, m.Verdict, m.Measured, m.Threshold, claim?.Evidence ?? [], claim?.Status ?? ClaimStatus.Holds, m.Figure);
        }).ToArray();

    /// <summary>Not just "not run" but how to run it: a claim whose tests sit in a left-out category is never recorded by plain dotnet test.</summary>
    static string NotRecorded(Claim claim) => claim.LeftOutCategory is { } category
        ? $"not measured by this run; its tests are in category {category}, which dotnet test leaves out: record them with L1VERIFY_CLAIM_RESULTS=folder dotnet test Verification.sln -s build/all.runsettings --filter TestCategory={category}, then pass --tests folder"
        : "not measured by this run; record its tests with L1VERIFY_CLAIM_RESULTS=folder dotnet test Verification.sln, then pass --tests folder";
}
