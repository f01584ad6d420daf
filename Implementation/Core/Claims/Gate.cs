using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Claims;

/// <summary>
/// The CI gate's rule. An established claim (status "holds") gates when it fails (ClaimResult.IsRegression, which
/// results.json records beside each verdict) or was not checked at all: a gate that passes what it never saw guards nothing. Open claims never gate; one that passes is pointed out so
/// that it can be promoted to "holds" in Spec/claims.md.
/// </summary>
public sealed record Gate(IReadOnlyList<ClaimResult> Failed, IReadOnlyList<ClaimResult> NotChecked, IReadOnlyList<ClaimResult> OpenPassing)
{
    public bool Passes => Failed.Count == 0 && NotChecked.Count == 0;

    public static Gate Judge(IReadOnlyList<ClaimResult> verdicts) => new(
        verdicts.Where(c => c.IsRegression).ToArray(),
        verdicts.Where(c => c.Status == ClaimStatus.Holds && c.Verdict == Verdict.NotRun).ToArray(),
        verdicts.Where(c => c.Status == ClaimStatus.Open && c.Verdict == Verdict.Pass).ToArray());
}
