using System.Security.Cryptography;

namespace Verification.Files;

/// <summary>The sha256 of a file's bytes in lowercase hex, as results.json and unit manifests record checkpoints.</summary>
public static class FileHash
{
    public static string Sha256(string path) => Sha256Of(File.ReadAllBytes(path));

    /// <summary>The same hash of bytes in memory (a unit's options).</summary>
    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
