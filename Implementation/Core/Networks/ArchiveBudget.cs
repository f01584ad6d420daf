using System.IO.Compression;
using Verification.Errors;

namespace Verification.Networks;

/// <summary>
/// A <c>torch.save</c> file is a zip archive. Before anything is unpacked, the sizes its central directory
/// declares must fit what a network within the weight limit needs, so a small file that would unpack to
/// gigabytes (a zip bomb) is refused from those sizes alone; then each entry is checked to unpack to no
/// more than it declares, so the declared sizes bound what the reader later takes from it.
/// </summary>
public static class ArchiveBudget
{
    /// <summary>W, b, v and c in float64 at the weight limit (n = 1, so H = MaxWeights), and 1 MB for the pickle and records.</summary>
    public const long MaxUnpackedBytes = (3 * Network.MaxWeights + 1) * 8 + (1L << 20);

    /// <summary>Each entry's unpacked size, in the archive's order, once all are checked.</summary>
    public static long[] Require(byte[] file, string source)
    {
        // Opening reads the end of the central directory, and the first use of Entries the rest: either refuses damage.
        using var archive = LibraryInput.Read(source, "not a readable zip archive", () => new ZipArchive(new MemoryStream(file, writable: false), ZipArchiveMode.Read));
        var entries = LibraryInput.Read(source, "not a readable zip archive", () => archive.Entries.ToArray());
        var declared = entries.Sum(e => e.Length);
        if (declared > MaxUnpackedBytes)
            throw new BadInputException($"{source}: the zip archive declares {declared:N0} bytes unpacked ({file.Length:N0} on disk), more than the {MaxUnpackedBytes:N0} a network within the weight limit needs (README, \"Limits\")");
        foreach (var entry in entries)
        {
            var unpacked = LibraryInput.Read(source, $"zip entry {entry.FullName} cannot be unpacked", () => UnpackedLength(entry));
            if (unpacked != entry.Length)
                throw new BadInputException($"{source}: zip entry {entry.FullName} unpacks to {(unpacked > entry.Length ? $"more than {entry.Length:N0}" : $"{unpacked:N0}")} bytes but declares {entry.Length:N0}");
        }
        return entries.Select(e => e.Length).ToArray();
    }

    /// <summary>The entry's unpacked length, read no further than one byte past what it declares.</summary>
    static long UnpackedLength(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total <= entry.Length && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, entry.Length + 1 - total))) > 0) total += read;
        return total;
    }
}
