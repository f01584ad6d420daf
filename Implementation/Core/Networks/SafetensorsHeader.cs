using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TorchSharp;
using Verification.Errors;

namespace Verification.Networks;

/// <summary>
/// The header of a safetensors file: an 8-byte little-endian length, that many bytes of JSON naming each tensor's
/// dtype, shape and <c>data_offsets</c> [begin, end) in the data section that follows. TorchSharp.PyBridge reads
/// the header without checking it against the file (offsets past the end, overlapping tensors, a span that does
/// not fit the dtype and shape), so the suite checks it here, before the library reads any tensor.
/// </summary>
public static class SafetensorsHeader
{
    public const int LengthBytes = 8;

    static readonly Dictionary<string, torch.ScalarType> Types = new(StringComparer.Ordinal)
    {
        ["F64"] = torch.ScalarType.Float64, ["F32"] = torch.ScalarType.Float32, ["F16"] = torch.ScalarType.Float16,
        ["BF16"] = torch.ScalarType.BFloat16, ["I64"] = torch.ScalarType.Int64, ["I32"] = torch.ScalarType.Int32,
        ["I16"] = torch.ScalarType.Int16, ["I8"] = torch.ScalarType.Int8, ["U8"] = torch.ScalarType.Byte, ["BOOL"] = torch.ScalarType.Bool,
    };

    sealed record Span(TensorHeader Header, long Begin, long End);

    /// <summary>Whether the file starts as a safetensors file does: a header length inside the file, then a JSON object.</summary>
    public static bool Looks(byte[] file) =>
        file.Length > LengthBytes && BinaryPrimitives.ReadUInt64LittleEndian(file) <= (ulong)(file.Length - LengthBytes) && file[LengthBytes] == (byte)'{';

    public static IReadOnlyList<TensorHeader> Read(byte[] file, string source)
    {
        if (file.Length < LengthBytes) throw new BadInputException($"{source}: truncated: {file.Length} bytes, shorter than the safetensors header length");
        var length = BinaryPrimitives.ReadUInt64LittleEndian(file);
        if (length > (ulong)(file.Length - LengthBytes))
            throw new BadInputException($"{source}: truncated or not safetensors: the header length is {length} bytes but only {file.Length - LengthBytes} follow it");
        var data = file.Length - LengthBytes - (long)length;
        var spans = Entries(Parse(file.AsSpan(LengthBytes, (int)length), source), source).OrderBy(s => s.Begin).ThenBy(s => s.End).ToArray();
        if (spans.FirstOrDefault(s => s.End > data) is { } past)
            throw new BadInputException($"{source}: tensor {past.Header.Name}'s data_offsets [{past.Begin}, {past.End}] run past the end of the data ({data} bytes): truncated or a lying header");
        long covered = 0;
        foreach (var span in spans)
        {
            if (span.Begin < covered)
                throw new BadInputException($"{source}: tensor {span.Header.Name}'s data_offsets [{span.Begin}, {span.End}] overlap another tensor's");
            if (span.Begin > covered)
                throw new BadInputException($"{source}: bytes {covered} to {span.Begin} of the data belong to no tensor");
            covered = span.End;
        }
        if (covered != data) throw new BadInputException($"{source}: the last {data - covered} bytes of the data belong to no tensor");
        return spans.Select(s => s.Header).ToArray();
    }

    static JsonObject Parse(ReadOnlySpan<byte> json, string source)
    {
        try
        {
            return JsonNode.Parse(Encoding.UTF8.GetString(json), documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject
                ?? throw new BadInputException($"{source}: the safetensors header is not a JSON object");
        }
        catch (JsonException e) { throw new BadInputException($"{source}: the safetensors header is not valid JSON: {e.Message}"); }
    }

    static IEnumerable<Span> Entries(JsonObject header, string source)
    {
        foreach (var (name, node) in header)
        {
            if (name == "__metadata__") continue;
            if (node is not JsonObject entry) throw new BadInputException($"{source}: header entry {name} is not an object");
            var dtype = entry["dtype"] is JsonValue d && d.TryGetValue<string>(out var s) ? s : throw new BadInputException($"{source}: tensor {name} has no dtype");
            if (!Types.TryGetValue(dtype, out var type)) throw new BadInputException($"{source}: tensor {name} has dtype \"{dtype}\", which safetensors does not define");
            var tensor = new TensorHeader(name, type, Integers(entry["shape"], name, "shape", source));
            tensor.RequireFloat(source);
            var offsets = Integers(entry["data_offsets"], name, "data_offsets", source);
            if (offsets.Length != 2 || offsets[0] > offsets[1])
                throw new BadInputException($"{source}: tensor {name}'s data_offsets must be [begin, end] with begin <= end");
            var bytes = tensor.Count(source) * TensorHeader.BytesPerElement(type)!.Value;
            if (offsets[1] - offsets[0] != bytes)
                throw new BadInputException($"{source}: tensor {name}'s data_offsets span {offsets[1] - offsets[0]} bytes, but dtype {dtype} and shape {tensor.ShapeText} need {bytes}");
            yield return new Span(tensor, offsets[0], offsets[1]);
        }
    }

    static long[] Integers(JsonNode? node, string name, string field, string source) =>
        node is JsonArray array && array.All(item => item is JsonValue v && v.TryGetValue<long>(out var x) && x >= 0)
            ? array.Select(item => item!.GetValue<long>()).ToArray()
            : throw new BadInputException($"{source}: tensor {name}'s {field} must be an array of non-negative integers");
}
