using Verification.Errors;

namespace Verification.Files;

/// <summary>Reading a user-named file, with the failure as one clear line.</summary>
public static class InputFile
{
    /// <summary>
    /// The largest file read. The biggest legitimate inputs are results files (a few MB) and networks at the
    /// weight limit (about 100 MB of JSON); a JSON document in memory takes about ten times its size, so
    /// 256 MB keeps a parse under the 4 GB the suite allows itself (README, "Limits").
    /// </summary>
    public const long MaxBytes = 256L << 20;

    public static string ReadAllText(string path, string what) => Read(path, what, File.ReadAllText);

    public static byte[] ReadAllBytes(string path, string what) => Read(path, what, File.ReadAllBytes);

    static T Read<T>(string path, string what, Func<string, T> read)
    {
        UserPath.Full(path, what);
        if (Directory.Exists(path)) throw new BadInputException($"{what} {path} is a folder, not a file");
        if (!File.Exists(path)) throw new BadInputException($"{what} {path} does not exist");
        // A pipe would block the read until something writes to it, and a device such as /dev/zero never ends.
        if (FileStatus.Of(path, followLinks: true) is { Type: not FileStatus.Kind.Regular })
            throw new BadInputException($"{what} {path} is not a regular file (a device, pipe or socket)");
        try
        {
            var size = new FileInfo(path).Length;
            if (size > MaxBytes)
                throw new BadInputException($"{what} {path} is {size >> 20} MB; the suite reads files up to {MaxBytes >> 20} MB");
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"cannot read {what} {path}: {e.Message}");
        }
    }
}
