using System.Text.Json.Nodes;
using TorchSharp;
using Verification.Networks;

namespace Verification.Properties.Support;

/// <summary>
/// Damage done to PyTorch and safetensors network files, chosen by a seed, for the damaged-file property: bytes
/// flipped or cut; a state_dict of another architecture; a hostile pickle; a lying safetensors header; an archive
/// whose declared sizes lie. Every kind but the byte damage is a file that must be refused.
/// </summary>
public static class TensorFileMutation
{
    static Network Valid(Random random) => RandomNetwork.Gaussian(1 + random.Next(5), 1 + random.Next(12), random.Next());

    /// <summary>A valid file's bytes flipped or cut; for a PyTorch file, half the time inside the pickle, re-zipped so the damage reaches the unpickler.</summary>
    public static FileMutation OfBytes(bool pytorch, int seed)
    {
        var random = new Random(seed);
        var network = Valid(random);
        if (!pytorch) return FileMutation.OfBytes(TensorFiles.Safetensors(network), seed);
        var file = TensorFiles.Pt(network);
        if (random.Next(2) == 0) return FileMutation.OfBytes(file, seed);
        var pickle = FileMutation.OfBytes(TensorFiles.Entry(file, "data.pkl"), seed);
        return new FileMutation($"data.pkl {pickle.Description}", TensorFiles.WithEntry(file, "data.pkl", pickle.Bytes));
    }

    /// <summary>
    /// The state_dict of a network with a second hidden layer, a tensor missing, an extra tensor, a tensor of another
    /// shape or element type, or a NaN or infinity, as a PyTorch or safetensors file.
    /// </summary>
    public static FileMutation OfArchitecture(int seed)
    {
        var random = new Random(seed);
        var network = Valid(random);
        using var scope = torch.NewDisposeScope();
        var tensors = TensorDictionary.Of(network);
        var names = tensors.Keys.ToArray();
        var victim = names[random.Next(names.Length)];
        string what;
        switch (random.Next(6))
        {
            case 0:
                tensors["2.weight"] = torch.randn(network.Hidden, network.Hidden, torch.float64);
                tensors["2.bias"] = torch.randn(network.Hidden, torch.float64);
                tensors["4.weight"] = torch.randn(1, network.Hidden, torch.float64);
                tensors["4.bias"] = torch.randn(1, torch.float64);
                what = "two hidden layers";
                break;
            case 1:
                tensors.Remove(victim);
                what = $"{victim} missing";
                break;
            case 2:
                var extra = random.Next(2) == 0 ? "1.weight" : $"{victim}_extra";
                tensors[extra] = torch.randn(1 + random.Next(3), torch.float64);
                what = $"extra tensor {extra}";
                break;
            case 3:
                var shape = tensors[victim].shape.Select(d => d + random.Next(2)).Append(random.Next(3) == 0 ? 1L : 0L).Where(d => d > 0).ToArray();
                if (shape.SequenceEqual(tensors[victim].shape)) shape = [.. shape, 2];
                // W of another width is a network of another n, not a wrong shape: its first extent must change.
                if (victim == "0.weight" && shape.Length == 2 && shape[0] == network.Hidden) shape[0]++;
                tensors[victim] = torch.randn(shape, torch.float64);
                what = $"{victim} of shape [{string.Join(", ", shape)}]";
                break;
            case 4:
                var type = new[] { torch.int64, torch.int32, torch.float16, torch.int8 }[random.Next(4)];
                tensors[victim] = tensors[victim].to(type);
                what = $"{victim} as {type}";
                break;
            default:
                var bad = new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity }[random.Next(3)];
                tensors[victim] = tensors[victim].clone();
                tensors[victim].view(-1)[random.Next((int)tensors[victim].numel())].fill_(bad);
                what = $"{bad} in {victim}";
                break;
        }
        return random.Next(2) == 0
            ? new FileMutation($"pt: {what}", TensorFiles.Pt(tensors))
            : new FileMutation($"safetensors: {what}", TensorFiles.Safetensors(tensors));
    }

    /// <summary>A valid torch.save archive whose pickle calls a function or builds an object of an arbitrary class.</summary>
    public static FileMutation OfPickle(int seed)
    {
        var random = new Random(seed);
        var (description, pickle) = HostilePickle.Of(seed);
        return new FileMutation(description, TensorFiles.WithEntry(TensorFiles.Pt(Valid(random)), "data.pkl", pickle));
    }

    /// <summary>
    /// A valid safetensors file whose header lies: a tensor's offsets moved past the end or onto another tensor,
    /// its dtype or shape changed so that its bytes no longer fit, or the data cut short.
    /// </summary>
    public static FileMutation OfHeader(int seed)
    {
        var random = new Random(seed);
        var (header, data) = TensorFiles.Split(TensorFiles.Safetensors(Valid(random)));
        var root = JsonNode.Parse(header)!.AsObject();
        var names = root.Select(p => p.Key).ToArray();
        var entry = root[names[random.Next(names.Length)]]!.AsObject();
        var offsets = entry["data_offsets"]!.AsArray();
        var (begin, end) = (offsets[0]!.GetValue<long>(), offsets[1]!.GetValue<long>());
        string what;
        switch (random.Next(5))
        {
            case 0:
                var past = data.Length + random.Next(1, 1 << 20);
                entry["data_offsets"] = new JsonArray(past - (end - begin), past);
                what = "offsets past the end";
                break;
            case 1:
                var shift = random.Next(1, (int)Math.Max(2, end - begin));
                var moved = begin >= shift ? begin - shift : begin + shift;
                entry["data_offsets"] = new JsonArray(moved, moved + (end - begin));
                what = $"offsets moved by {moved - begin}";
                break;
            case 2:
                var dtype = new[] { "F32", "F16", "I64", "BF16", "U8", "BOOL", "F128", "f64", "" }[random.Next(9)];
                entry["dtype"] = dtype;
                what = $"dtype {dtype}";
                break;
            case 3:
                var shape = entry["shape"]!.AsArray().Select(d => (JsonNode)(d!.GetValue<long>() + 1 + random.Next(3))).ToArray();
                entry["shape"] = new JsonArray(shape);
                what = "a larger shape";
                break;
            default:
                var cut = random.Next(1, data.Length + 1);
                return new FileMutation($"data cut by {cut} bytes", TensorFiles.Safetensors(header, data[..^cut]));
        }
        return new FileMutation($"header: {what}", TensorFiles.Safetensors(root.ToJsonString(), data));
    }

    /// <summary>A valid torch.save archive whose central directory declares an entry far larger, or slightly other, than it unpacks to.</summary>
    public static FileMutation OfDeclaredSize(int seed)
    {
        var random = new Random(seed);
        var file = TensorFiles.Pt(Valid(random));
        var lengths = TensorFiles.EntryLengths(file);
        var entry = random.Next(lengths.Length);
        var size = random.Next(3) switch
        {
            0 => (uint)random.NextInt64(ArchiveBudget.MaxUnpackedBytes + 1, uint.MaxValue),
            1 => (uint)random.Next(0, 1 << 16),
            _ => uint.MaxValue - (uint)random.Next(1 << 16),
        };
        if (size == lengths[entry]) size++;
        return new FileMutation($"entry {entry} declares {size} bytes unpacked", TensorFiles.WithDeclaredSize(file, entry, size));
    }
}
