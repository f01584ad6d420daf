using Verification.Results;

namespace Verification.Claims;

/// <summary>
/// Results with every claim of Spec/claims.md judged: the sweep's figures combined with test evidence, when there
/// is some. Verify, report and reproduce all judge claims this one way.
/// </summary>
public static class JudgedResults
{
    /// <summary>A results file and, when a folder is named, its test evidence; the results file is read first.</summary>
    public static RunResults Read(string resultsPath, string? evidenceFolder)
    {
        var results = ResultsJson.ReadWithClaims(resultsPath, ClaimCatalog.All.Select(c => c.Id));
        return Judge(results, evidenceFolder is null ? null : TestEvidence.Read(evidenceFolder));
    }

    public static RunResults Judge(RunResults results, TestEvidence? evidence) =>
        results with { Claims = ClaimVerdicts.Combine(ClaimCatalog.All, results.Claims, evidence) };
}
