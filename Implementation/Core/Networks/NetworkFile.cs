using System.Text;
using System.Text.Json.Nodes;
using Verification.Errors;
using Verification.Files;

namespace Verification.Networks;

/// <summary>
/// A network file of any kind the suite reads and writes (Spec/network-format.md): <c>l1-mlp/1</c> JSON, a PyTorch
/// state_dict (<c>.pt</c>, <c>.pth</c>) or a safetensors file. A file read is recognised by its content, the
/// extension deciding only when the content is neither (so a truncated <c>.safetensors</c> file is reported as
/// one); a file written takes the kind its extension names, JSON for any other extension.
/// </summary>
public static class NetworkFile
{
    /// <summary>The kinds, as <c>--help</c> names them.</summary>
    public const string ReadableKinds = "l1-mlp/1 JSON, a PyTorch state_dict (.pt, .pth) or .safetensors";

    public const string WritableKinds = "l1-mlp/1 JSON; .pt, .pth or .safetensors for PyTorch";

    static readonly byte[] ZipMagic = "PK\x03\x04"u8.ToArray();

    /// <summary>The first bytes of a pickle of protocol 2, which <c>torch.save</c> wrote before PyTorch 1.6.</summary>
    static readonly byte[] LegacyPickle = [0x80, 0x02];

    public static Network Read(string path, TensorNames? names = null)
    {
        var file = InputFile.ReadAllBytes(path, "network file");
        var tensors = names ?? TensorNames.Sequential;
        return KindOf(file, path) switch
        {
            NetworkFileKind.PyTorch => PyTorchFile.Read(file, path, tensors),
            NetworkFileKind.Safetensors => SafetensorsFile.Read(file, path, tensors),
            _ => NetworkJson.Parse(Text(file), path),
        };
    }

    public static void Write(Network network, string path, JsonObject? metadata = null)
    {
        switch (KindFor(path))
        {
            case NetworkFileKind.PyTorch: PyTorchFile.Write(network, path); break;
            case NetworkFileKind.Safetensors: SafetensorsFile.Write(network, path); break;
            default: NetworkJson.Write(network, path, metadata); break;
        }
    }

    /// <summary>The bytes as text, as File.ReadAllText reads them: UTF-8 unless a byte order mark says otherwise, the mark dropped.</summary>
    static string Text(byte[] file)
    {
        using var reader = new StreamReader(new MemoryStream(file, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>The kind a file of this name is written as.</summary>
    public static NetworkFileKind KindFor(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".pt" or ".pth" => NetworkFileKind.PyTorch,
        ".safetensors" => NetworkFileKind.Safetensors,
        _ => NetworkFileKind.Json,
    };

    static NetworkFileKind KindOf(byte[] file, string path)
    {
        if (file.AsSpan().StartsWith(ZipMagic)) return NetworkFileKind.PyTorch;
        if (file.AsSpan().StartsWith(LegacyPickle))
            throw new BadInputException($"{path} was saved in PyTorch's legacy format (before 1.6, or _use_new_zipfile_serialization=False); save it again with torch.save(model.state_dict(), path)");
        if (SafetensorsHeader.Looks(file)) return NetworkFileKind.Safetensors;
        var hint = KindFor(path);
        if (hint == NetworkFileKind.PyTorch) throw new BadInputException($"{path} is not a PyTorch file: torch.save writes a zip archive, and this file does not start as one");
        return hint;
    }
}
