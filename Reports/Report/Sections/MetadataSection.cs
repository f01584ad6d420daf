using Verification.Mutation;

using Verification.Results;

namespace Verification.Reports.Sections;

/// <summary>Section 7: what ran, where, with which versions, seeds and checkpoint.</summary>
internal static class MetadataSection
{
    public static string Render(RunResults results)
    {
        var run = results.Run;
        var rows = new List<string[]>
        {
            new[] { "command", run.Command }, new[] { "commit", run.Commit }, new[] { "created (UTC)", run.CreatedUtc.ToString("u") },
            new[] { "machine", $"{run.Machine.Os}, {run.Machine.Cores} cores, {Html.N(run.Machine.MemoryGiB)} GiB" },
        };
        rows.AddRange(run.Tools.Select(t => new[] { $"tool: {t.Key}", t.Value }));
        if (run.Checkpoint is { } c)
            rows.AddRange([["checkpoint", c.Path], ["checkpoint sha256", c.Sha256], ["training seed", c.TrainingSeed.ToString()], ["training steps", c.Steps.ToString()]]);
        rows.Add(["seeds", $"{results.Sweep.Seeds.Count} ({results.Sweep.Seeds.FirstOrDefault()}..{results.Sweep.Seeds.LastOrDefault()})"]);
        rows.Add(["beta levels", $"{results.Sweep.Betas.Count} ({Html.Beta(results.Sweep.Betas.FirstOrDefault())}..{Html.Beta(results.Sweep.Betas.LastOrDefault())})"]);
        rows.Add(["check", $"{results.Sweep.CheckSamples} samples of N(0, I_n), seed {results.Sweep.CheckSeed}, tolerance {Html.Percent(results.Sweep.CheckTolerance)} (p99 relative error)"]);
        rows.Add(["mutation score", Mutation(run.Mutation)]);
        rows.AddRange(run.DurationsSeconds.Select(d => new[] { $"duration: {d.Key}", $"{Html.N(d.Value, "F1")} s" }));
        return $"<section id=\"metadata\"><h2>7. Run metadata</h2>{Html.Table(["what", "value"], rows, "Provenance of these results")}</section>";
    }

    /// <summary>How many injected faults the tests caught (Spec/mutation.md), or why there is no figure.</summary>
    static string Mutation(MutationSummary? mutation) => mutation is { Total.Mutants: > 0 } m
        ? $"{Html.Percent(m.Total.Score, 1)}: {m.Total.Detected} of {m.Total.Mutants} injected faults caught (threshold {Html.N(m.Threshold)}%); {m.Tool}, {m.Date}, commit {m.Commit} (Spec/mutation.md)"
        : "not recorded for this build";
}
