using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Verification.Errors;

namespace Verification.Mutation;

/// <summary>A mutation run's figures as the report and the results carry them: the total, when and on what it ran.</summary>
public sealed record MutationSummary(string Tool, string Date, string Commit, double Threshold, MutantTally Total);

/// <summary>
/// The last full mutation run (Spec/mutation.json, written by <c>l1verify mutation-score --write</c> from
/// Stryker.NET's JSON reports; Spec/mutation.md explains it): per file of the scope, and the threshold the
/// score is held to. Compiled into the assembly like the claims table, so every run's results carry it.
/// </summary>
public sealed record MutationScore(string Tool, string Date, string Commit, double Threshold, IReadOnlyList<MutationFile> Files)
{
    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true,
    };

    static readonly Lazy<MutationScore> Embedded = new(() => Parse(ReadEmbedded(), "Spec/mutation.json"));

    /// <summary>The figures of the last recorded run, as built into this tool.</summary>
    public static MutationScore Shipped => Embedded.Value;

    [JsonIgnore] public MutantTally Total => Files.Aggregate(MutantTally.None, (sum, file) => sum + file.Tally);

    [JsonIgnore] public MutationSummary Summary => new(Tool, Date, Commit, Threshold, Total);

    public string Serialize() => JsonSerializer.Serialize(this, Options) + "\n";

    public static MutationScore Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<MutationScore>(json, Options) ?? throw new BadInputException($"{source} must be a JSON object");
        }
        catch (JsonException e) { throw new BadInputException($"{source} is not a mutation summary: {Verification.Files.JsonProblem.Describe(e)}"); }
    }

    /// <summary>
    /// Tallies per file from Stryker.NET's mutation-report.json texts (the mutation-testing-elements schema: files
    /// by path, each with its mutants and their status), paths made relative to root. A file that several reports
    /// tested takes the figures of the last of them: a later run measured it again. Mutants a run left out (a
    /// run on changed files only marks the others Ignored) do not count, so a file it did not test is not replaced.
    /// </summary>
    public static IReadOnlyList<MutationFile> FromStryker(IEnumerable<(string Json, string Source)> reports, string root)
    {
        var files = new SortedDictionary<string, MutantTally>(StringComparer.Ordinal);
        foreach (var (json, source) in reports)
        {
            JsonObject report;
            try { report = JsonNode.Parse(json) as JsonObject ?? throw new BadInputException($"{source} must be a JSON object"); }
            catch (JsonException e) { throw new BadInputException($"{source} is not valid JSON: {e.Message}"); }
            var projectRoot = report["projectRoot"]?.GetValue<string>() ?? root;
            if (report["files"] is not JsonObject byPath) throw new BadInputException($"{source} has no \"files\" object: not a Stryker JSON report");
            foreach (var (path, file) in byPath)
            {
                var mutants = file?["mutants"] as JsonArray ?? throw new BadInputException($"{source}: file {path} has no \"mutants\" array");
                var tally = mutants.Aggregate(MutantTally.None, (sum, mutant) =>
                    sum + MutantTally.Of(mutant?["status"]?.GetValue<string>() ?? throw new BadInputException($"{source}: a mutant of {path} has no status")));
                var relative = Path.GetRelativePath(root, Path.Combine(projectRoot, path)).Replace('\\', '/');
                if (tally.Mutants > 0 || !files.ContainsKey(relative)) files[relative] = tally;
            }
        }
        return files.Select(f => new MutationFile(f.Key, f.Value)).ToArray();
    }

    static string ReadEmbedded()
    {
        using var stream = typeof(MutationScore).Assembly.GetManifestResourceStream("mutation.json")
            ?? throw new InvalidOperationException("mutation.json is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record MutationFile(string Path, MutantTally Tally);
