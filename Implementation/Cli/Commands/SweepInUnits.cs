using System.CommandLine;
using Verification.Cli.Units;
using Verification.Files;
using Verification.Sweep;
using Verification.Units;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>sweep --units DIR</c>: with a unit named (--shard, or a scheduler's array task), run that unit into DIR; with
/// --merge, merge DIR's units into results.json; with neither, run every unit here as local processes, then merge.
/// </summary>
public static class SweepInUnits
{
    public static int Run(ParseResult parse, Reproduction.Plan plan, string folder, ShardSpec? shard, bool merge, string output)
    {
        if (merge && shard is not null) throw new Errors.BadInputException("--merge merges every unit; leave out --shard (and run it outside the array)");
        if (merge) OutputPath.RequireExistingFolder(folder, "units folder");
        else OutputPath.RequireFolder(folder, "units folder");
        // Checked by a unit too, which does not write it: the array and its merge get the same options (submit-sweep),
        // so a bad path is refused by the array's first task, before any work.
        OutputPath.Require(output);
        ReproduceCommand.RequireReadable(plan);
        using var run = new Reproduction.Loaded(plan);
        if (shard is { } unit)
        {
            Console.WriteLine(ProgressDisplay.Run(update => SweepUnits.Run(run, unit, folder, (stage, done, total) => update(stage, done, total, $"unit {unit}"))));
            return 0;
        }
        if (!merge)
        {
            var count = Math.Min(ConcurrentJobs.Threads, SweepUnits.Jobs(run));
            Directory.CreateDirectory(folder);
            if (!LocalUnits.Run(parse, count)) return Shell.ExitCode.UnitsFailed;
        }
        ReproduceCommand.Write(SweepUnits.Merge(run, folder), output, null);
        return 0;
    }
}
