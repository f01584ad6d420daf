using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Reports;

/// <summary>
/// One of the paper's findings as the report's scorecard shows it: the claims that test it (the first one's figure
/// decides it), and the section whose charts show it. Its verdict is read from the claims' verdicts in the results,
/// over the claims this run measured: every one passes, holds; none does, does not hold; some do, partly.
/// </summary>
internal sealed record Finding(string Title, string Section, int SectionNumber, IReadOnlyList<string> Claims)
{
    /// <summary>The paper's findings in the order of its argument (Spec/report.md, "The scorecard").</summary>
    public static readonly IReadOnlyList<Finding> Paper =
    [
        new("Three algorithms, in order of beta", "phases", 3, ["DISC-1", "DISC-10"]),
        new("Complexity ordering", "complexity", 2, ["DISC-2"]),
        new("Accuracy", "complexity", 2, ["DISC-3", "DISC-11", "ACC-1", "ACC-2", "REAL-1", "REAL-2", "PURE-1"]),
        new("Generalisation to unseen n", "generalisation", 4, ["DISC-4", "ACC-3"]),
        new("The phases' development over training", "phases", 3, ["DISC-5", "DISC-9"]),
        new("Seeds, and both pudding signs", "phases", 3, ["SEEDS-1", "SEED-1", "REPRO-1"]),
        new("The conventional baseline", "baseline", 6, ["DISC-6"]),
    ];

    public enum Outcome { Holds, Partly, DoesNotHold, NotMeasured }

    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.Holds => "holds",
        Outcome.Partly => "partly",
        Outcome.DoesNotHold => "does not hold",
        _ => "not measured",
    };

    /// <summary>This finding's claims as the results have them, in the finding's order.</summary>
    public IReadOnlyList<ClaimResult> Of(RunResults results) => [.. Claims.Select(id => results.Claims.Single(c => c.Id == id))];

    public Outcome Judge(RunResults results)
    {
        var measured = Of(results).Where(c => c.Verdict != Verdict.NotRun).ToArray();
        var passing = measured.Count(c => c.Verdict == Verdict.Pass);
        return measured.Length == 0 ? Outcome.NotMeasured
            : passing == measured.Length ? Outcome.Holds
            : passing == 0 ? Outcome.DoesNotHold
            : Outcome.Partly;
    }
}
