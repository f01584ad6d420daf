using Verification.Errors;

namespace Verification.Files;

/// <summary>A path the user typed, made absolute, or refused as one line when it cannot name a file at all.</summary>
public static class UserPath
{
    public static string Full(string path, string what)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new BadInputException($"{what} '{path}' names no file: it is empty or blank");
        if (path.Contains('\0')) throw new BadInputException($"{what} '{path.Replace('\0', '?')}' names no file: it contains a NUL character");
        return Path.GetFullPath(path);
    }
}
