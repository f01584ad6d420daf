using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Verification.Properties.Support;

/// <summary>
/// One damage done to a valid file, chosen by a seed: byte flips, truncation, or, on a JSON document, a field
/// deleted, duplicated, swapped for another type or for an extreme number. Description says which, so a
/// failing case can be read and rerun.
/// </summary>
public sealed record FileMutation(string Description, byte[] Bytes)
{
    static readonly string[] Extremes =
        ["1e308", "-1e308", "1e999", "-1e999", "5e-324", "-0", "0", "-1", "2147483647", "2147483648", "-2147483649",
         "9223372036854775808", "1e300", "0.5", "null", "true", "\"\"", "\"maybe\"", "[]", "{}", "[[]]", "[null]", "{\"a\":1}"];

    /// <summary>Byte flips and truncation of any file.</summary>
    public static FileMutation OfBytes(byte[] original, int seed)
    {
        var random = new Random(seed);
        var bytes = (byte[])original.Clone();
        if (random.Next(3) == 0)
        {
            var length = random.Next(bytes.Length);
            return new FileMutation($"truncated to {length} of {bytes.Length} bytes", bytes[..length]);
        }
        var flips = 1 + random.Next(4);
        var at = new List<int>();
        for (var k = 0; k < flips; k++)
        {
            var i = random.Next(bytes.Length);
            bytes[i] ^= (byte)(1 << random.Next(8));
            at.Add(i);
        }
        return new FileMutation($"bits flipped at bytes {string.Join(", ", at)}", bytes);
    }

    /// <summary>A JSON document damaged as bytes (one case in four) or as a tree: one node deleted, duplicated or replaced.</summary>
    public static FileMutation OfJson(string json, int seed)
    {
        var random = new Random(seed);
        if (random.Next(4) == 0) return OfBytes(Encoding.UTF8.GetBytes(json), seed);
        var root = JsonNode.Parse(json)!;
        var nodes = Descendants(root).ToArray();
        var (parent, key, node) = nodes[random.Next(nodes.Length)];
        var replacement = Extremes[random.Next(Extremes.Length)];
        var kind = random.Next(3);
        var path = node?.GetPath() ?? $"{parent.GetPath()}.{key}";
        string text;
        switch (kind)
        {
            case 0:
                Remove(parent, key);
                text = root.ToJsonString();
                return new FileMutation($"deleted {path}", Encoding.UTF8.GetBytes(text));
            case 1:
                text = Duplicated(root, parent, key);
                return new FileMutation($"duplicated {path}", Encoding.UTF8.GetBytes(text));
            default:
                const string marker = "\"__replace_me__\"";
                Set(parent, key, JsonValue.Create("__replace_me__"));
                text = root.ToJsonString().Replace(marker, replacement);
                return new FileMutation($"{path} set to {replacement}", Encoding.UTF8.GetBytes(text));
        }
    }

    /// <summary>
    /// A checkpoint damaged behind its checksum: its header JSON damaged like any JSON, or its bytes after the
    /// magic flipped or cut, then the SHA-256 recomputed, so that the damage reaches the parser.
    /// </summary>
    public static FileMutation OfCheckpoint(byte[] original, int seed)
    {
        const int hash = 32, magicAndVersion = 12;
        var random = new Random(seed);
        var body = original[..^hash];
        FileMutation changed;
        if (random.Next(2) == 0)
        {
            var length = BitConverter.ToInt32(body, magicAndVersion);
            var header = Encoding.UTF8.GetString(body, magicAndVersion + 4, length);
            var mutated = OfJson(header, seed);
            body = [.. body[..magicAndVersion], .. BitConverter.GetBytes(mutated.Bytes.Length), .. mutated.Bytes, .. body[(magicAndVersion + 4 + length)..]];
            changed = mutated with { Description = $"header: {mutated.Description}" };
        }
        else
        {
            var tail = OfBytes(body[magicAndVersion..], seed);
            body = [.. body[..magicAndVersion], .. tail.Bytes];
            changed = tail with { Description = $"after the version: {tail.Description}" };
        }
        return random.Next(8) == 0
            ? changed with { Description = changed.Description + ", checksum left stale", Bytes = [.. body, .. original[^hash..]] }
            : changed with { Bytes = [.. body, .. SHA256.HashData(body)] };
    }

    static IEnumerable<(JsonNode Parent, object Key, JsonNode? Node)> Descendants(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToArray())
                {
                    yield return (obj, name, child);
                    if (child is not null) foreach (var d in Descendants(child)) yield return d;
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i, array[i]);
                    if (array[i] is { } child) foreach (var d in Descendants(child)) yield return d;
                }
                break;
        }
    }

    static void Remove(JsonNode parent, object key)
    {
        if (parent is JsonObject obj) obj.Remove((string)key);
        else ((JsonArray)parent).RemoveAt((int)key);
    }

    static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj) obj[(string)key] = value;
        else ((JsonArray)parent)[(int)key] = value;
    }

    /// <summary>An array item is inserted twice; an object's property is written twice, which JSON text allows and a JsonObject cannot hold.</summary>
    static string Duplicated(JsonNode root, JsonNode parent, object key)
    {
        if (parent is JsonArray array)
        {
            array.Insert((int)key, array[(int)key]?.DeepClone());
            return root.ToJsonString();
        }
        var name = (string)key;
        var value = parent[name]?.ToJsonString() ?? "null";
        const string marker = "__duplicate_me__";
        ((JsonObject)parent)[marker] = 0;
        return root.ToJsonString().Replace($"\"{marker}\":0", $"{JsonSerializer.Serialize(name)}:{value}");
    }
}
