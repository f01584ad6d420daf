using Verification.Claims;
using Verification.Results;

namespace Verification.Properties.Support;

/// <summary>A results file with no networks and a verdict for every claim, for testing the commands that read verdicts.</summary>
public static class ClaimOnlyResults
{
    /// <summary>Every claim of the catalog "not-run", then changed by <paramref name="change"/>.</summary>
    public static RunResults With(Func<ClaimResult, ClaimResult>? change = null) => new(RunResults.FormatTag,
        new RunInfo("test", "0", DateTime.UnixEpoch, new MachineInfo("test", 1, 1), new Dictionary<string, string>(), new Dictionary<string, double>(), null),
        new SweepSettings([], [], [], [], 0.02, 10, 0), [], [],
        ClaimVerdicts.Combine(ClaimCatalog.All, [], null).Select(change ?? (c => c)).ToArray());
}
