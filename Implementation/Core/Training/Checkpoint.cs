using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Verification.Errors;
using Verification.Files;
using Verification.Hypernetwork;
using static TorchSharp.torch;

namespace Verification.Training;

/// <summary>
/// A training state on disk: options, step, hypernetwork parameters and Adam's moments, as float32.
/// Layout: magic "L1HYPER\0", int32 version, int32 + UTF-8 JSON header (options, step, Adam updates),
/// int32 tensor count, per tensor (name, rank, dims, float32 values), then SHA-256 of everything before.
/// The random state is not stored because every step derives its generator from (seed, step).
/// A file without the magic, of another version, truncated or altered is rejected with a BadInputException.
/// </summary>
public sealed record Checkpoint(TrainingOptions Options, int Step, long AdamUpdates, IReadOnlyList<(string Name, long[] Shape, float[] Values)> Tensors)
{
    public const int Version = 1;
    public const string Extension = ".l1hyper";
    static readonly byte[] Magic = "L1HYPER\0"u8.ToArray();
    const int HashBytes = 32;

    sealed record Header(TrainingOptions Options, int Step, long AdamUpdates);

    /// <summary>A tensor missing or of another shape is found while restoring, which does not know the file's name.</summary>
    internal static T NamingTheFile<T>(string checkpointPath, Func<T> load)
    {
        try { return load(); }
        catch (BadInputException e) when (!e.Message.Contains(checkpointPath, StringComparison.Ordinal))
        {
            throw new BadInputException($"{checkpointPath}: {e.Message}");
        }
    }

    public static string FileName(int step) => $"step-{step:D7}{Extension}";

    /// <summary>Checkpoints in a folder, in step order (by name, since names hold the zero-padded step).</summary>
    public static string[] InFolder(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "step-*" + Extension).Order(StringComparer.Ordinal).ToArray()
            : [];

    public static Checkpoint Capture(TrainingOptions options, int step, HypernetworkModel hypernetwork, Adam adam)
    {
        var named = hypernetwork.named_parameters().ToArray();
        var tensors = named.Select(p => (p.name, p.parameter.shape, Values(p.parameter)))
            .Concat(named.Select((p, k) => ($"adam.m.{p.name}", p.parameter.shape, Values(adam.FirstMoments[k]))))
            .Concat(named.Select((p, k) => ($"adam.v.{p.name}", p.parameter.shape, Values(adam.SecondMoments[k]))))
            .ToArray();
        return new Checkpoint(options, step, adam.Updates, tensors);
    }

    static float[] Values(Tensor t) => t.detach().contiguous().data<float>().ToArray();

    /// <summary>Copies the stored parameters into a hypernetwork (and Adam's moments into adam, when given).</summary>
    public void Restore(HypernetworkModel hypernetwork, Adam? adam)
    {
        var byName = Tensors.ToDictionary(t => t.Name);
        var named = hypernetwork.named_parameters().ToArray();
        Tensor Find(string name, long[] shape)
        {
            if (!byName.TryGetValue(name, out var stored)) throw new BadInputException($"checkpoint has no tensor \"{name}\"");
            if (!stored.Shape.SequenceEqual(shape))
                throw new BadInputException($"checkpoint tensor \"{name}\" has shape [{string.Join(", ", stored.Shape)}], expected [{string.Join(", ", shape)}]");
            return tensor(stored.Values).reshape(shape);
        }
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        foreach (var (name, parameter) in named) parameter.copy_(Find(name, parameter.shape));
        adam?.Restore(
            named.Select(p => Find($"adam.m.{p.name}", p.parameter.shape)).ToArray(),
            named.Select(p => Find($"adam.v.{p.name}", p.parameter.shape)).ToArray(),
            AdamUpdates);
    }

    public void Save(string path) => AtomicFile.WriteAllBytes(path, ToBytes());

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            var header = JsonSerializer.SerializeToUtf8Bytes(new Header(Options, Step, AdamUpdates));
            writer.Write(header.Length);
            writer.Write(header);
            writer.Write(Tensors.Count);
            foreach (var (name, shape, values) in Tensors)
            {
                writer.Write(name);
                writer.Write(shape.Length);
                foreach (var dim in shape) writer.Write(dim);
                writer.Write(values.Length);
                foreach (var value in values) writer.Write(value);
            }
        }
        var body = stream.ToArray();
        return [.. body, .. SHA256.HashData(body)];
    }

    public static Checkpoint Load(string path) => Parse(InputFile.ReadAllBytes(path, "checkpoint"), path);

    public static Checkpoint Parse(byte[] bytes, string source)
    {
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new BadInputException($"{source} is not a hypernetwork checkpoint (no L1HYPER header)");
        if (bytes.Length < Magic.Length + 4 + HashBytes)
            throw new BadInputException($"{source} is truncated");
        var version = BitConverter.ToInt32(bytes, Magic.Length);
        if (version != Version)
            throw new BadInputException($"{source} is a version {version} checkpoint; this build reads version {Version}");
        var body = bytes.AsSpan(0, bytes.Length - HashBytes);
        if (!SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashBytes)))
            throw new BadInputException($"{source} is damaged or truncated (checksum mismatch)");
        try
        {
            using var reader = new BinaryReader(new MemoryStream(body.ToArray()), Encoding.UTF8);
            reader.ReadBytes(Magic.Length + 4);
            var headerBytes = reader.ReadBytes(Length(reader, 1, "header"));
            var header = JsonSerializer.Deserialize<Header>(headerBytes, HeaderReading)
                ?? throw new BadInputException($"{source} has an empty header");
            var options = header.Options ?? throw new BadInputException($"{source}: the header has no Options");
            header = header with { Options = WithFieldsOfItsTime(options, headerBytes) };
            ValidateHeader(header, source);
            var count = Length(reader, 1, "tensor count");
            var tensors = new List<(string, long[], float[])>(count);
            for (var k = 0; k < count; k++)
            {
                var name = reader.ReadString();
                var shape = new long[Length(reader, 8, $"rank of tensor \"{name}\"")];
                for (var r = 0; r < shape.Length; r++) shape[r] = reader.ReadInt64();
                var values = new float[Length(reader, 4, $"size of tensor \"{name}\"")];
                for (var i = 0; i < values.Length; i++) values[i] = reader.ReadSingle();
                if (shape.Aggregate(1L, (a, s) => a * s) != values.Length)
                    throw new BadInputException($"{source}: tensor \"{name}\" has {values.Length} values for shape [{string.Join(", ", shape)}]");
                if (tensors.Any(t => t.Item1 == name)) throw new BadInputException($"{source}: tensor \"{name}\" is stored twice");
                tensors.Add((name, shape, values));
            }
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new BadInputException($"{source} has trailing bytes");
            return new Checkpoint(header.Options, header.Step, header.AdamUpdates, tensors);
        }
        catch (JsonException e) { throw new BadInputException($"{source} has a malformed header: {JsonProblem.Describe(e)}"); }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or OverflowException)
        {
            throw new BadInputException($"{source} is malformed: {string.Join(' ', e.Message.Split('\n', StringSplitOptions.TrimEntries))}");
        }

        // A length field is trusted only as far as the bytes left can hold it: a crafted one must not allocate gigabytes.
        int Length(BinaryReader reader, int bytesPerItem, string field)
        {
            var length = reader.ReadInt32();
            if (length < 0 || (long)length * bytesPerItem > reader.BaseStream.Length - reader.BaseStream.Position)
                throw new BadInputException($"{source}: {field} is {length}, more than the file holds");
            return length;
        }
    }

    /// <summary>Fields missing or null in the header are refused (with their path) instead of crashing later.</summary>
    static readonly JsonSerializerOptions HeaderReading = new() { RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true };

    /// <summary>
    /// A checkpoint written before an option existed (it has no such field) trained as the code of its time did:
    /// the fine-tune stage on the main stage's dimensions, and every step as one shard. Reading the fields' later
    /// defaults instead would make it another run.
    /// </summary>
    static TrainingOptions WithFieldsOfItsTime(TrainingOptions options, byte[] header)
    {
        var stored = JsonDocument.Parse(header).RootElement.GetProperty(nameof(Header.Options));
        if (!stored.TryGetProperty(nameof(TrainingOptions.FineTuneDimensions), out _)) options = options with { FineTuneDimensions = null };
        if (!stored.TryGetProperty(nameof(TrainingOptions.Shards), out _)) options = options with { Shards = 1 };
        return options;
    }

    static void ValidateHeader(Header header, string source)
    {
        try { header.Options.Validate(); }
        catch (BadInputException e) { throw new BadInputException($"{source}: header Options: {e.Message}"); }
        if (header.Step < 0 || header.Step > header.Options.TotalSteps)
            throw new BadInputException($"{source}: header Step is {header.Step}, outside 0..{header.Options.TotalSteps}");
        if (header.AdamUpdates < 0 || header.AdamUpdates > header.Step)
            throw new BadInputException($"{source}: header AdamUpdates is {header.AdamUpdates}, outside 0..{header.Step}");
    }
}
