using System.Diagnostics;
using Verification.Errors;
using Verification.Files;
using Verification.Sweep;

namespace Verification.Units;

/// <summary>
/// A sweep run as units: unit K of N runs every N-th of the run's jobs (<see cref="ReproductionStages"/>, longest
/// first: the sweep at one n, one training checkpoint, the extended run, the baselines), each job seeded and alone
/// as on one machine, and writes their networks to its file in the units folder. The merge fills the run's slots
/// from every unit and computes the gallery and the claims as one machine does, so results.json is the same
/// apart from timings, the time it was made and the machine.
/// </summary>
public static class SweepUnits
{
    public const string Kind = "sweep";

    /// <summary>The jobs a run splits into: no unit may have none.</summary>
    public static int Jobs(Reproduction.Loaded run) => run.Stages.Jobs.Count;

    /// <summary>Runs the unit unless its output is already there; the line that says what it did.</summary>
    public static string Run(Reproduction.Loaded run, ShardSpec shard, string folder, Reproduction.Progress progress)
    {
        shard.RequireAtMost(Jobs(run), "jobs in this sweep");
        Directory.CreateDirectory(folder);
        var manifest = Manifest(run.Plan, shard);
        var path = UnitFolder.PathOf(folder, Kind, shard);
        if (UnitFolder.Finished<SweepUnitFile>(folder, manifest, unit => unit.Manifest))
            return $"unit {shard} already done: {path}";
        var clock = Stopwatch.StartNew();
        var stages = run.Stages;
        var jobs = shard.Slice(stages.Jobs.Count).Select(k => stages.Jobs[k]).ToArray();
        var seconds = Reproduction.RunJobs(stages, jobs, progress);
        var slots = OwnSlots(shard, stages).Select(slot => new SweepUnitFile.Slot(slot, stages[slot]!.Step, stages[slot]!.Networks)).ToArray();
        var wall = Reproduction.Lap(clock);
        UnitFolder.Write(path, new SweepUnitFile(SweepUnitFile.FormatTag, manifest, seconds, wall, slots));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"unit {shard}: {jobs.Length} jobs, {slots.Sum(s => s.Networks.Count)} networks in {wall:F0} s; wrote {path}");
    }

    /// <summary>
    /// The run's results from its units, refused as one line naming the unit when one is missing, there twice, of
    /// another run (options, checkpoint, commit, count of units) or holds other work than its own.
    /// </summary>
    public static Results.RunResults Merge(Reproduction.Loaded run, string folder)
    {
        var clock = Stopwatch.StartNew();
        var units = UnitFolder.List(folder, Kind);
        if (units.Count == 0) throw new BadInputException($"{folder} holds no sweep units ({Kind}-K-of-N.json); run them first");
        var count = units[0].Shard.Count;
        var stages = run.Stages;
        var durations = new SortedDictionary<string, double> { ["training"] = run.Plan.TrainingSeconds, ["concurrentStages"] = 0 };
        var seen = new Dictionary<int, string>();
        // The run's manifest, hashed from the checkpoints once: a unit's place is checked against its name below.
        var expected = Manifest(run.Plan, units[0].Shard);
        foreach (var (path, named) in units)
        {
            var shard = new ShardSpec(named.Index, count);
            if (seen.TryGetValue(named.Index, out var first))
                throw new BadInputException($"unit {shard} is there twice: {first} and {path}; remove one");
            seen[named.Index] = path;
            var unit = UnitFolder.Read<SweepUnitFile>(path);
            if (unit.Format != SweepUnitFile.FormatTag)
                throw new BadInputException($"unit file {path} has format \"{unit.Format}\"; this version reads \"{SweepUnitFile.FormatTag}\"");
            if (unit.Manifest.Shard != named)
                throw new BadInputException($"unit file {path} holds unit {unit.Manifest.Shard}, not the unit {named} its name says");
            if (expected.Difference(unit.Manifest) is { } difference)
                throw new BadInputException($"unit {named} ({path}) {difference}; rerun it in another --units folder, or merge with the options it was run with");
            if (!unit.Slots.Select(s => s.Index).SequenceEqual(OwnSlots(shard, stages)))
                throw new BadInputException($"unit {named} ({path}) holds other work than unit {named} of this sweep; rerun it");
            foreach (var slot in unit.Slots) stages.Fill(slot.Index, new ReproductionStages.Output(slot.Networks, slot.Step));
            foreach (var (stage, seconds) in unit.Seconds) durations[stage] = Math.Round(durations.GetValueOrDefault(stage) + seconds, 2);
            durations["concurrentStages"] = Math.Round(durations["concurrentStages"] + unit.WallSeconds, 2);
        }
        var missing = Enumerable.Range(1, count).FirstOrDefault(k => !seen.ContainsKey(k));
        if (missing > 0) throw new BadInputException($"unit {missing}/{count} is missing from {folder}; run it (--shard {missing}/{count}) before merging");
        durations["load"] = Reproduction.Lap(clock);
        return Reproduction.Assemble(run, durations, clock);
    }

    /// <summary>The slots unit K of N fills, in slot order.</summary>
    static int[] OwnSlots(ShardSpec shard, ReproductionStages stages) =>
        shard.Slice(stages.Jobs.Count).Select(k => stages.Slot(stages.Jobs[k])).Order().ToArray();

    /// <summary>Everything that decides a sweep's results: the checkpoints' and landscape's bytes, the stages, the command.</summary>
    static UnitManifest Manifest(Reproduction.Plan plan, ShardSpec shard)
    {
        static string Hash(string? path) => path is null ? "none" : FileHash.Sha256(path);
        var options = string.Join('\n',
            $"command={plan.Command}", $"final={Hash(plan.FinalCheckpoint)}", $"training={string.Join(',', plan.TrainingCheckpoints.Select(Hash))}",
            $"extended={Hash(plan.ExtendedCheckpoint)}", $"landscape={Hash(plan.Landscape)}", $"baseline={plan.Baseline}");
        return UnitManifest.Of(Kind, shard, options, FileHash.Sha256(plan.FinalCheckpoint));
    }
}
