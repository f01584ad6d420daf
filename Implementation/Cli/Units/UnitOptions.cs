using System.CommandLine;
using Verification.Errors;
using Verification.Units;

namespace Verification.Cli.Units;

/// <summary>
/// The options of a command whose work splits into units: --units names the shared folder of their outputs;
/// --shard K/N, or the scheduler's environment (a Slurm array task, a Kubernetes Indexed Job), names the one unit
/// this process runs; with neither, every unit runs here as a local process, as many at a time as there are cores.
/// </summary>
public sealed class UnitOptions
{
    public Option<string?> Folder { get; } = new("--units") { Description = "shared folder of the units' outputs: run one unit (--shard, or a Slurm array task or Kubernetes Indexed Job), or without them every unit here, one process per core" };

    public Option<string?> Shard { get; } = new("--shard") { Description = "the unit to run, K/N: unit K (1..N) of N (needs --units; default: SLURM_ARRAY_TASK_ID, or JOB_COMPLETION_INDEX of L1VERIFY_SHARDS)" };

    public IEnumerable<Option> All => [Folder, Shard];

    /// <summary>An option given on the command line that this way of running does not use is refused, not ignored.</summary>
    public static void RefuseGiven(ParseResult parse, Option option, string why)
    {
        if (parse.GetResult(option) is { Implicit: false }) throw new BadInputException($"{option.Name} {why}");
    }

    /// <summary>The folder (null: the command runs as one process, not as units) and the unit (null: all of them, here).</summary>
    public (string? Folder, ShardSpec? Shard) Read(ParseResult parse)
    {
        var folder = parse.GetValue(Folder);
        var shard = parse.GetValue(Shard);
        if (folder is null)
            return shard is null ? (null, null) : throw new BadInputException("--shard needs --units FOLDER, the shared folder of the units' outputs");
        return (folder, ShardSpec.Resolve(shard, Environment.GetEnvironmentVariable));
    }
}
