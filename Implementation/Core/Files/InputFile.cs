using Verification.Errors;

namespace Verification.Files;

/// <summary>Reading a user-named file, with the failure as one clear line.</summary>
public static class InputFile
{
    public static string ReadAllText(string path, string what) => Read(path, what, File.ReadAllText);

    public static byte[] ReadAllBytes(string path, string what) => Read(path, what, File.ReadAllBytes);

    static T Read<T>(string path, string what, Func<string, T> read)
    {
        if (Directory.Exists(path)) throw new InputError($"{what} {path} is a folder, not a file");
        if (!File.Exists(path)) throw new InputError($"{what} {path} does not exist");
        try { return read(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputError($"cannot read {what} {path}: {e.Message}");
        }
    }
}
