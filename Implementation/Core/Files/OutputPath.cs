using Verification.Errors;

namespace Verification.Files;

/// <summary>
/// Checks that a file can be written before any work starts: a run that trains or sweeps for minutes and then
/// finds its output folder missing has wasted the minutes (issue 11).
/// </summary>
public static class OutputPath
{
    public static void Require(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new BadInputException($"cannot write {path}: it is a folder");
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder)) throw new BadInputException($"cannot write {path}: folder {folder} does not exist");
    }

    /// <summary>A folder the command creates or adds to: a file of that name, or no parent folder, is refused.</summary>
    public static void RequireFolder(string path, string what)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full)) throw new BadInputException($"{what} {path} is a file, not a folder");
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        if (!Directory.Exists(full) && !Directory.Exists(parent))
            throw new BadInputException($"cannot create {what} {path}: folder {parent} does not exist");
    }

    /// <summary>A folder the command only reads: it must exist, since a typo would otherwise read as "nothing there".</summary>
    public static void RequireExistingFolder(string path, string what)
    {
        if (File.Exists(path)) throw new BadInputException($"{what} {path} is a file, not a folder");
        if (!Directory.Exists(path)) throw new BadInputException($"{what} {path} does not exist");
    }
}
