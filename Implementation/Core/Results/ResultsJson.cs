using System.Text.Json;
using Verification.Errors;
using Verification.Files;

namespace Verification.Results;

/// <summary>Reads and writes <c>l1-results/2</c> files; reading refuses other schemas with one clear line.</summary>
public static class ResultsJson
{
    /// <summary>
    /// A field that is missing or null where the schema has no "?" is refused, with its JSON path: the report and
    /// the gate read every field and would otherwise crash on it.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = false, RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true, AllowDuplicateProperties = false,
    };

    public static void Write(RunResults results, string path) =>
        AtomicFile.WriteAllText(path, Serialize(results) + "\n");

    public static RunResults Read(string path) => Parse(InputFile.ReadAllText(path, "results file"), path);

    public static string Serialize(RunResults results) => JsonSerializer.Serialize(results, Options);

    /// <summary>A results file for the report or the gate, which need a verdict for every claim of the catalog (its ids).</summary>
    public static RunResults ReadWithClaims(string path, IEnumerable<string> claimIds)
    {
        var results = Read(path);
        var missing = claimIds.Except(results.Claims.Select(c => c.Id)).ToArray();
        if (missing.Length > 0)
            throw new BadInputException($"{path} has no verdict for claim{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing)} of Spec/claims.md; regenerate it with l1verify reproduce");
        return results;
    }

    public static RunResults Parse(string text, string source = "results")
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowDuplicateProperties = false }); }
        catch (JsonException e) { throw new BadInputException($"{source} is not valid JSON: {e.Message}"); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new BadInputException($"{source} must be a JSON object");
            if (!document.RootElement.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String)
                throw new BadInputException($"{source} has no \"format\" field; expected \"{RunResults.FormatTag}\"");
            if (format.GetString() != RunResults.FormatTag)
                throw new BadInputException($"{source} has format \"{format.GetString()}\"; this version reads \"{RunResults.FormatTag}\"");
            try
            {
                var results = document.RootElement.Deserialize<RunResults>(Options);
                if (results is null) throw new BadInputException($"{source} must be a JSON object");
                ResultsSchema.Validate(results, source);
                return results;
            }
            catch (JsonException e) { throw new BadInputException($"{source} does not match {RunResults.FormatTag}: {JsonProblem.Describe(e)}"); }
        }
    }
}
