using System.Security.Cryptography;

namespace Verification.Files;

/// <summary>The sha256 of a file's bytes in lowercase hex, as results.json and unit manifests record checkpoints.</summary>
public static class FileHash
{
    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
