using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Claims;

/// <summary>
/// What an evaluator measured for a claim, and only that: the claim's id, the evaluator's title and bar (the
/// threshold as text) and its figure (the verdict from the bar and the measured text). The catalogue's evidence
/// and status are not the evaluator's to give: <see cref="ClaimVerdicts.Of(IReadOnlyList{Claim}, IReadOnlyList{ClaimMeasurement})"/> attaches them.
/// </summary>
public sealed record ClaimMeasurement(string Id, string Title, string Threshold, ClaimFigure Figure)
{
    public Verdict Verdict => Figure.Verdict;

    public string Measured => Figure.Measured;
}
