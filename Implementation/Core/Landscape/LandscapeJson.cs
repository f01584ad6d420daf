using System.Text.Json;
using Verification.Errors;
using Verification.Files;
using Verification.Vocabulary;

namespace Verification.Landscape;

/// <summary>
/// Reads and writes <c>l1-landscape/1</c> files (Spec/results-format.md): a landscape's options, every
/// model's row and its duration. Reading refuses a file whose rows do not cover its betas and starts, or
/// that holds a non-finite figure or an unknown label, naming the file and the field.
/// </summary>
public static class LandscapeJson
{
    public const string FormatTag = "l1-landscape/1";

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    sealed record Document(string Format, LandscapeResult Landscape);

    public static string Serialize(LandscapeResult result) => JsonSerializer.Serialize(new Document(FormatTag, result), Options);

    public static void Write(LandscapeResult result, string path) => AtomicFile.WriteAllText(path, Serialize(result) + "\n");

    public static LandscapeResult Read(string path) => Parse(InputFile.ReadAllText(path, "landscape file"), path);

    public static LandscapeResult Parse(string text, string source)
    {
        Document? document;
        try { document = JsonSerializer.Deserialize<Document>(text, Options); }
        catch (JsonException e) { throw new BadInputException($"{source} is not an {FormatTag} file: {JsonProblem.Describe(e)}"); }
        if (document?.Format != FormatTag) throw new BadInputException($"{source} has format \"{document?.Format}\"; this version reads \"{FormatTag}\"");
        var result = document.Landscape ?? throw new BadInputException($"{source} has no \"landscape\" field");
        Validate(result, source);
        return result;
    }

    /// <summary>Refuses, naming the file and field, a landscape whose rows do not cover its betas and starts or hold a bad figure.</summary>
    public static void Validate(LandscapeResult result, string source)
    {
        var o = result.Options ?? throw new BadInputException($"{source}: landscape.options is missing");
        if (o.Betas is null || o.Betas.Count == 0 || o.Betas.Any(b => !(b > 0) || !double.IsFinite(b)))
            throw new BadInputException($"{source}: landscape.options.betas must be a non-empty list of positive numbers");
        if (o.N < 1 || o.Steps < 1) throw new BadInputException($"{source}: landscape.options.n and .steps must be at least 1");
        if (o.Objective?.Prior is null || o.Objective.Scale is null)
            throw new BadInputException($"{source}: landscape.options.objective lacks its prior or scale");
        if (!Hypernetwork.Objective.IsDimensionPower(o.Objective.DimensionPower))
            throw new BadInputException($"{source}: landscape.options.objective.dimensionPower must be in [-{Hypernetwork.Objective.MaxDimensionPower}, {Hypernetwork.Objective.MaxDimensionPower}]");
        if (o.Starts is { } listed && (listed.Count == 0 || listed.Any(start => start?.Algorithm is null || !(start.K > 0))))
            throw new BadInputException($"{source}: landscape.options.starts must be a non-empty list of starts, each with an algorithm and k > 0");
        var starts = o.StartPoints;
        if (result.Rows is null || result.Rows.Count != o.Betas.Count * starts.Count)
            throw new BadInputException($"{source}: landscape.rows must hold one row per beta and start ({o.Betas.Count} x {starts.Count})");
        for (var k = 0; k < result.Rows.Count; k++)
        {
            var row = result.Rows[k];
            var where = $"{source}: landscape.rows[{k}]";
            var (beta, start) = (o.Betas[k / starts.Count], starts[k % starts.Count]);
            if (row.Beta != beta || row.Start != start.Algorithm)
                throw new BadInputException($"{where} is not (beta {beta}, start {start.Algorithm})");
            if (row.Drift is { } drift && !double.IsFinite(drift)) throw new BadInputException($"{where}.drift is not a finite number");
            if (!double.IsFinite(row.Loss) || !double.IsFinite(row.Mse) || !double.IsFinite(row.KlBits))
                throw new BadInputException($"{where} has a non-finite loss, mse or klBits");
            if (!AlgorithmLabel.All.Contains(row.Label)) throw new BadInputException($"{where}.label \"{row.Label}\" is not a known label");
            if (row.Parameters is null) throw new BadInputException($"{where}.parameters is missing");
            foreach (var (name, value) in row.Parameters.Named())
                if (!double.IsFinite(value)) throw new BadInputException($"{where}.parameters.{name} is not a finite number");
        }
    }
}
