namespace Verification.Results;

/// <summary>
/// One verdict for every claim of Spec/claims.md: measured claims (from a sweep) and test-backed claims
/// (from test evidence), both where a claim has both. A claim with neither is "not-run", never "pass".
/// </summary>
public static class ClaimVerdicts
{
    public static IReadOnlyList<ClaimResult> Combine(IReadOnlyList<Claim> catalog, IReadOnlyList<ClaimResult> measured, TestEvidence? tests) =>
        catalog.Select(claim =>
        {
            var figure = measured.FirstOrDefault(m => m.Id == claim.Id);
            var tally = tests?.ByClaim.GetValueOrDefault(claim.Id);
            var testText = tally is null ? null : $"{tally.Passed} of {tally.Total} tests passed";
            var testVerdict = tally is null ? null : tally.Failed > 0 || tally.Other > 0 ? "fail" : tally.Passed > 0 ? "pass" : null;
            if (figure is not null && figure.Verdict != "not-run")
            {
                var verdict = figure.Verdict == "fail" || testVerdict == "fail" ? "fail" : "pass";
                return new ClaimResult(claim.Id, claim.Statement, verdict, testText is null ? figure.Measured : $"{figure.Measured}; {testText}", figure.Threshold, claim.Evidence, claim.Status);
            }
            if (testVerdict is not null)
                return new ClaimResult(claim.Id, claim.Statement, testVerdict, testText!, claim.Tolerance, claim.Evidence, claim.Status);
            var why = figure?.Measured ?? "not measured by this run; its tests were not run with L1VERIFY_CLAIM_RESULTS";
            return new ClaimResult(claim.Id, claim.Statement, "not-run", why, figure?.Threshold ?? claim.Tolerance, claim.Evidence, claim.Status);
        }).ToArray();
}
