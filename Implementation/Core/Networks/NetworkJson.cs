using System.Text.Json;
using System.Text.Json.Nodes;
using Verification.Errors;
using Verification.Files;

namespace Verification.Networks;

/// <summary>The <c>l1-mlp/1</c> file format of Spec/network-format.md: read with validation, written atomically.</summary>
public static class NetworkJson
{
    public const string FormatTag = "l1-mlp/1";

    public static void Write(Network network, string path, JsonObject? metadata = null) =>
        AtomicFile.WriteAllText(path, Serialize(network, metadata));

    public static string Serialize(Network network, JsonObject? metadata = null)
    {
        var json = new JsonObject
        {
            ["format"] = FormatTag,
            ["inputs"] = network.Inputs,
            ["hidden"] = network.Hidden,
            ["activation"] = "swish",
            ["W"] = new JsonArray(network.W.Select(row => (JsonNode)Numbers(row)).ToArray()),
            ["b"] = Numbers(network.B),
            ["v"] = Numbers(network.V),
            ["c"] = network.C,
        };
        if (metadata is not null) json["metadata"] = metadata.DeepClone();
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) + "\n";
    }

    public static Network Parse(string text, string source = "network")
    {
        JsonNode? root;
        // A field written twice has no one meaning; JsonNode would also throw on it later, outside this check.
        try { root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }); }
        catch (JsonException e) { throw new BadInputException($"{source} is not valid JSON: {e.Message}"); }
        if (root is not JsonObject obj) throw new BadInputException($"{source} must be a JSON object");

        var format = RequiredString(obj, "format", source);
        if (format != FormatTag) throw new BadInputException($"{source} has format \"{format}\"; expected \"{FormatTag}\"");
        var activation = RequiredString(obj, "activation", source);
        if (activation != "swish") throw new BadInputException($"{source} has activation \"{activation}\"; only \"swish\" is supported");
        var n = RequiredInt(obj, "inputs", source);
        var h = RequiredInt(obj, "hidden", source);
        if (n < 1) throw new BadInputException($"{source}: inputs must be at least 1, got {n}");
        if (h < 1) throw new BadInputException($"{source}: hidden must be at least 1, got {h}");
        if ((long)n * h > Network.MaxWeights)
            throw new BadInputException($"{source}: inputs x hidden = {(long)n * h} weights; the suite reads networks of up to {Network.MaxWeights} (README, \"Limits\")");

        if (obj["W"] is not JsonArray wRows) throw new BadInputException($"{source}: field \"W\" must be an array of rows");
        if (wRows.Count != h) throw new BadInputException($"{source}: W has {wRows.Count} rows but hidden is {h}");
        var w = wRows.Select((row, j) => NumberArray(row, $"W[{j}]", source)).ToArray();
        for (var j = 0; j < h; j++)
            if (w[j].Length != n) throw new BadInputException($"{source}: W[{j}] has {w[j].Length} numbers but inputs is {n}");
        var b = NumberArray(obj["b"], "b", source);
        var v = NumberArray(obj["v"], "v", source);
        if (b.Length != h) throw new BadInputException($"{source}: b has {b.Length} numbers but hidden is {h}");
        if (v.Length != h) throw new BadInputException($"{source}: v has {v.Length} numbers but hidden is {h}");
        var c = Number(obj["c"], "c", source);
        try { return new Network(w, b, v, c); }
        catch (BadInputException e) { throw new BadInputException($"{source}: {e.Message}"); }
    }

    static JsonArray Numbers(IEnumerable<double> values) => new(values.Select(x => (JsonNode)JsonValue.Create(x)).ToArray());

    static string RequiredString(JsonObject obj, string field, string source) =>
        obj[field] is JsonValue value && value.TryGetValue<string>(out var s)
            ? s
            : throw new BadInputException($"{source}: field \"{field}\" is missing or not a string");

    static int RequiredInt(JsonObject obj, string field, string source) =>
        obj[field] is JsonValue value && value.TryGetValue<int>(out var i)
            ? i
            : throw new BadInputException($"{source}: field \"{field}\" is missing or not an integer");

    static double[] NumberArray(JsonNode? node, string field, string source) =>
        node is JsonArray array
            ? array.Select((item, k) => Number(item, $"{field}[{k}]", source)).ToArray()
            : throw new BadInputException($"{source}: field \"{field}\" is missing or not an array of numbers");

    static double Number(JsonNode? node, string field, string source)
    {
        if (node is not JsonValue value || !value.TryGetValue<double>(out var x))
            throw new BadInputException($"{source}: \"{field}\" is missing or not a number");
        if (!double.IsFinite(x)) throw new BadInputException($"{source}: \"{field}\" is not finite");
        return x;
    }
}
