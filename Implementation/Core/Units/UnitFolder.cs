using System.Text.Json;
using System.Text.RegularExpressions;
using Verification.Errors;
using Verification.Files;
using Verification.Results;

namespace Verification.Units;

/// <summary>
/// The shared folder the units of a run write to: unit K of N of a kind of work writes <c>{kind}-{K}-of-{N}.json</c>,
/// atomically and only once it is complete, so a file there is a finished unit and a killed unit leaves none.
/// </summary>
public static partial class UnitFolder
{
    /// <summary>The unit's output file in the folder.</summary>
    public static string PathOf(string folder, string kind, ShardSpec shard) => Path.Combine(folder, $"{kind}-{shard.Index}-of-{shard.Count}.json");

    /// <summary>The units of a kind in the folder, by the unit their file name says they are, in file-name order.</summary>
    public static IReadOnlyList<(string Path, ShardSpec Shard)> List(string folder, string kind) =>
        Directory.EnumerateFiles(folder, $"{kind}-*-of-*.json").Order(StringComparer.Ordinal)
            .Select(path => (path, Name().Match(Path.GetFileName(path))))
            .Where(file => file.Item2.Success && file.Item2.Groups["kind"].Value == kind)
            .Select(file => (file.path, new ShardSpec(int.Parse(file.Item2.Groups["index"].Value), int.Parse(file.Item2.Groups["count"].Value))))
            .ToArray();

    /// <summary>
    /// Before a unit runs: true when its output is already there from this run (a rerun does nothing), false when
    /// it is to run; refused when the folder holds this kind's units of another split or another run.
    /// </summary>
    public static bool Finished<T>(string folder, UnitManifest expected, Func<T, UnitManifest> manifest)
    {
        var other = List(folder, expected.Kind).FirstOrDefault(unit => unit.Shard.Count != expected.Count);
        if (other.Path is not null)
            throw new BadInputException($"{folder} holds {expected.Kind} units of a split into {other.Shard.Count} ({Path.GetFileName(other.Path)}), not {expected.Count}; use another --units folder");
        var path = PathOf(folder, expected.Kind, expected.Shard);
        if (!File.Exists(path)) return false;
        if (expected.Difference(manifest(Read<T>(path))) is { } difference)
            throw new BadInputException($"unit {expected.Shard} in {path} {difference}; use another --units folder");
        return true;
    }

    public static void Write<T>(string path, T unit) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(unit, ResultsJson.Options) + "\n");

    /// <summary>A unit's output file, or a refusal naming it when it is not one.</summary>
    public static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(InputFile.ReadAllText(path, "unit file"), ResultsJson.Options)
                ?? throw new BadInputException($"unit file {path} is not a unit's output: it is null");
        }
        catch (JsonException e) { throw new BadInputException($"unit file {path} is not a unit's output: {JsonProblem.Describe(e)}"); }
    }

    [GeneratedRegex(@"^(?<kind>[a-z]+)-(?<index>[0-9]{1,6})-of-(?<count>[0-9]{1,6})\.json$")]
    private static partial Regex Name();
}
