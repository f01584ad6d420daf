using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Verification.Cli.Units;
using Verification.Errors;
using Verification.Files;
using Verification.Training;
using Verification.Units;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>train --seeds S ... --units DIR</c>: one training per seed, the seeds split into units. A unit trains each of
/// its seeds in <c>DIR/seed-S/</c> (checkpoints, then the final checkpoint), resuming from the newest checkpoint
/// there, and writes its manifest once all are trained; a unit whose manifest is there does nothing. Without a
/// unit named, every unit runs here as a local process, one per seed, as many at a time as there are cores.
/// </summary>
public static class TrainInUnits
{
    public static int Run(ParseResult parse, TrainingOptions options, IReadOnlyList<long> seeds, string folder, ShardSpec? shard)
    {
        options.Validate();
        if (seeds.Distinct().Count() != seeds.Count) throw new BadInputException("--seeds lists a seed twice");
        OutputPath.RequireFolder(folder, "units folder");
        if (shard is not { } unit)
            return LocalUnits.Run(parse, seeds.Count) ? 0 : Shell.ExitCode.UnitsFailed;
        unit.RequireAtMost(seeds.Count, "seeds");
        Directory.CreateDirectory(folder);
        var manifest = UnitManifest.Of(TrainUnitFile.Kind, unit, Options(options, seeds), "");
        var path = UnitFolder.PathOf(folder, TrainUnitFile.Kind, unit);
        if (UnitFolder.Finished<TrainUnitFile>(folder, manifest, file => file.Manifest))
        {
            Console.WriteLine($"unit {unit} already done: {path}");
            return 0;
        }
        var mine = unit.Slice(seeds.Count).Select(k => seeds[k]).ToArray();
        foreach (var seed in mine) OutputPath.RequireFolder(TrainUnitFile.SeedFolder(folder, seed), "seed folder");
        var seconds = 0.0;
        foreach (var seed in mine)
        {
            Directory.CreateDirectory(TrainUnitFile.SeedFolder(folder, seed));
            seconds += TrainCommand.Train(options with { Seed = seed }, TrainUnitFile.FinalCheckpoint(folder, seed), Checkpoints(folder, seed));
        }
        UnitFolder.Write(path, new TrainUnitFile(TrainUnitFile.FormatTag, manifest, mine, Math.Round(seconds, 2)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"unit {unit}: trained seed{(mine.Length > 1 ? "s" : "")} {string.Join(", ", mine)} in {seconds:F0} s; wrote {path}"));
        return 0;
    }

    static string Checkpoints(string folder, long seed) => Path.Combine(TrainUnitFile.SeedFolder(folder, seed), "checkpoints");

    /// <summary>Everything that decides the units' checkpoints: the options but the seed, and the seeds in order.</summary>
    static string Options(TrainingOptions options, IReadOnlyList<long> seeds) =>
        JsonSerializer.Serialize(options with { Seed = 0 }) + "\nseeds=" + string.Join(',', seeds);
}
