using Verification.Errors;

namespace Verification.Files;

/// <summary>
/// Checks that a file can be written before any work starts: a run that trains or sweeps for minutes and then
/// finds its output folder missing has wasted the minutes. A file is written by renaming a complete
/// temporary file over its path (AtomicFile), which replaces whatever the path names; so a path that exists must
/// name a regular file that the process's user owns and may write. A device, pipe, socket or symbolic link, a
/// read-only file and another user's file are refused, never replaced and never written through; AtomicRename checks
/// again when it renames, in case the path changed during the work.
/// </summary>
public static class OutputPath
{
    public static void Require(string path)
    {
        var full = UserPath.Full(path, "output file");
        if (Directory.Exists(full)) throw new BadInputException($"cannot write {path}: it is a folder");
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder)) throw new BadInputException($"cannot write {path}: folder {folder} does not exist");
        if (Refusal(FileStatus.Of(full, followLinks: false)) is { } reason) throw new BadInputException($"cannot write {path}: {reason}");
    }

    /// <summary>Why an existing path must not be replaced, or null when it may (or names nothing).</summary>
    internal static string? Refusal(FileStatus? target) => target switch
    {
        null => null,
        { Type: FileStatus.Kind.SymbolicLink } => "it is a symbolic link, which the write would replace; name the file it points to",
        { Type: not FileStatus.Kind.Regular } => "it is not a regular file (a device, pipe or socket), and only regular files are replaced",
        { Owner: var owner } when owner != FileStatus.ProcessUser => $"it belongs to user {owner}, and replacing it would make it this process's user's",
        { OwnerMayWrite: false } => "it is read-only",
        _ => null,
    };

    /// <summary>A folder the command creates or adds to: a file of that name, or no parent folder, is refused.</summary>
    public static void RequireFolder(string path, string what)
    {
        var full = UserPath.Full(path, what);
        if (File.Exists(full)) throw new BadInputException($"{what} {path} is a file, not a folder");
        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? ".";
        if (!Directory.Exists(full) && !Directory.Exists(parent))
            throw new BadInputException($"cannot create {what} {path}: folder {parent} does not exist");
    }

    /// <summary>A folder the command only reads: it must exist, since a typo would otherwise read as "nothing there".</summary>
    public static void RequireExistingFolder(string path, string what)
    {
        UserPath.Full(path, what);
        if (File.Exists(path)) throw new BadInputException($"{what} {path} is a file, not a folder");
        if (!Directory.Exists(path)) throw new BadInputException($"{what} {path} does not exist");
    }
}
