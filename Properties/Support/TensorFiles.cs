using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using TorchSharp;
using TorchSharp.PyBridge;
using Verification.Networks;

namespace Verification.Properties.Support;

/// <summary>
/// PyTorch and safetensors files built byte by byte for the readers' tests: state_dicts of any tensors, archives
/// with an entry replaced or its declared size changed, safetensors files with any header.
/// </summary>
public static class TensorFiles
{
    /// <summary>A torch.save zip archive of these tensors, as TorchSharp.PyBridge writes it.</summary>
    public static byte[] Pt(IDictionary<string, torch.Tensor> tensors)
    {
        using var stream = new MemoryStream();
        PyTorchPickler.PickleStateDict(stream, new Dictionary<string, torch.Tensor>(tensors), leaveOpen: true);
        return stream.ToArray();
    }

    public static byte[] Pt(Network network)
    {
        using var scope = torch.NewDisposeScope();
        return Pt(TensorDictionary.Of(network));
    }

    public static byte[] Safetensors(IDictionary<string, torch.Tensor> tensors)
    {
        using var stream = new MemoryStream();
        TorchSharp.PyBridge.Safetensors.SaveStateDict(stream, new Dictionary<string, torch.Tensor>(tensors), leaveOpen: true);
        return stream.ToArray();
    }

    public static byte[] Safetensors(Network network)
    {
        using var scope = torch.NewDisposeScope();
        return Safetensors(TensorDictionary.Of(network));
    }

    /// <summary>A safetensors file of this header text and data section, its length prefix computed.</summary>
    public static byte[] Safetensors(string header, byte[] data)
    {
        var json = Encoding.UTF8.GetBytes(header);
        var length = new byte[SafetensorsHeader.LengthBytes];
        BinaryPrimitives.WriteUInt64LittleEndian(length, (ulong)json.Length);
        return [.. length, .. json, .. data];
    }

    /// <summary>A safetensors file's header text and data section.</summary>
    public static (string Header, byte[] Data) Split(byte[] safetensors)
    {
        var length = (int)BinaryPrimitives.ReadUInt64LittleEndian(safetensors);
        return (Encoding.UTF8.GetString(safetensors, SafetensorsHeader.LengthBytes, length), safetensors[(SafetensorsHeader.LengthBytes + length)..]);
    }

    /// <summary>The archive with the entry whose name ends so replaced by other bytes (stored uncompressed, with a correct CRC).</summary>
    public static byte[] WithEntry(byte[] zip, string nameEnd, byte[] content)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in input.Entries)
            {
                using var target = archive.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                if (entry.FullName.EndsWith(nameEnd, StringComparison.Ordinal)) target.Write(content);
                else entry.Open().CopyTo(target);
            }
        return output.ToArray();
    }

    /// <summary>The pickle an archive holds.</summary>
    public static byte[] Entry(byte[] zip, string nameEnd)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var content = new MemoryStream();
        archive.Entries.Single(e => e.FullName.EndsWith(nameEnd, StringComparison.Ordinal)).Open().CopyTo(content);
        return content.ToArray();
    }

    /// <summary>
    /// The archive with one entry's unpacked size, as its central directory and its local header declare it,
    /// set to another value: the sizes a reader sees before it unpacks anything.
    /// </summary>
    public static byte[] WithDeclaredSize(byte[] zip, int entry, uint size)
    {
        var bytes = (byte[])zip.Clone();
        const uint centralSignature = 0x02014b50;
        var seen = 0;
        for (var at = 0; at + 46 <= bytes.Length; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) != centralSignature) continue;
            if (seen++ != entry) continue;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at + 24), size);
            var local = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 42));
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), size);
            return bytes;
        }
        throw new ArgumentException($"the archive has no entry {entry}");
    }

    /// <summary>Each entry's unpacked size, as the central directory declares it.</summary>
    public static long[] EntryLengths(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.Select(e => e.Length).ToArray();
    }

    /// <summary>A zip archive of one deflated entry of that many zero bytes: small on disk, large unpacked.</summary>
    public static byte[] Bomb(string name, long zeros)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var target = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            var block = new byte[1 << 20];
            for (long written = 0; written < zeros; written += block.Length) target.Write(block, 0, (int)Math.Min(block.Length, zeros - written));
        }
        return output.ToArray();
    }
}
