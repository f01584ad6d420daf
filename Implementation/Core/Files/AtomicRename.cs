using System.Runtime.InteropServices;
using Verification.Errors;

namespace Verification.Files;

/// <summary>
/// Puts a complete temporary file at its target's path in one step without ever losing what was there when that is
/// not a file it may replace: OutputPath checks the target before any work, but the path can change between that
/// check and the rename. On Linux the rename itself decides: it creates the target only if nothing is there
/// (RENAME_NOREPLACE), and otherwise swaps the two atomically (RENAME_EXCHANGE), looks at what it took out and swaps
/// back when that was a device, pipe, socket, link or a file the process may not replace. Elsewhere, or on a file
/// system without these flags, it renames over the target after checking it once more.
/// </summary>
public static class AtomicRename
{
    const int CurrentFolder = -100;   // AT_FDCWD
    const uint NoReplace = 1;         // RENAME_NOREPLACE
    const uint Exchange = 2;          // RENAME_EXCHANGE
    const int NoEntry = 2, Exists = 17, NotSupported = 22, NoSystemCall = 38;   // ENOENT, EEXIST, EINVAL, ENOSYS

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    static extern int RenameAt2(int fromFolder, [MarshalAs(UnmanagedType.LPUTF8Str)] string from, int toFolder,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string to, uint flags);

    enum Outcome { Replaced, Refused, Displaced, Unsupported }

    /// <summary>
    /// Moves temp to target (both full paths). A refused target is left as it was. Temp is deleted on every way out
    /// but one: when swapping back failed, it holds what was at the target, and the error says so.
    /// </summary>
    public static void Replace(string temp, string target, string shownPath)
    {
        (Outcome Outcome, string? Reason) result;
        try
        {
            result = OperatingSystem.IsLinux() ? Swap(temp, target) : (Outcome.Unsupported, null);
            if (result.Outcome == Outcome.Unsupported) result = MoveOver(temp, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AtomicFile.TryDelete(temp);
            throw new BadInputException($"cannot write {shownPath}: {e.Message}");
        }
        switch (result.Outcome)
        {
            case Outcome.Replaced: return;
            case Outcome.Displaced: throw new BadInputException($"cannot write {shownPath}: {result.Reason}, and putting it back failed: it is now at {temp}");
            default:
                AtomicFile.TryDelete(temp);
                throw new BadInputException($"cannot write {shownPath}: {result.Reason}");
        }
    }

    /// <summary>A plain rename over the target, after checking it once more.</summary>
    static (Outcome, string?) MoveOver(string temp, string target)
    {
        if (OutputPath.Refusal(FileStatus.Of(target, followLinks: false)) is { } reason) return (Outcome.Refused, reason);
        File.Move(temp, target, overwrite: true);
        return (Outcome.Replaced, null);
    }

    /// <summary>The atomic rename: what happened, and why the target may not be replaced when it was refused.</summary>
    static (Outcome, string?) Swap(string temp, string target)
    {
        while (true)
        {
            if (RenameAt2(CurrentFolder, temp, CurrentFolder, target, NoReplace) == 0) return (Outcome.Replaced, null);
            var error = Marshal.GetLastPInvokeError();
            if (error is NotSupported or NoSystemCall) return (Outcome.Unsupported, null);
            if (error != Exists) throw new IOException(Marshal.GetPInvokeErrorMessage(error));
            if (RenameAt2(CurrentFolder, temp, CurrentFolder, target, Exchange) != 0)
            {
                error = Marshal.GetLastPInvokeError();
                if (error == NoEntry) continue;   // the target went away between the two renames
                if (error is NotSupported or NoSystemCall) return (Outcome.Unsupported, null);
                throw new IOException(Marshal.GetPInvokeErrorMessage(error));
            }
            // temp now names what was at the target: keep it only if it may be replaced.
            if (OutputPath.Refusal(FileStatus.Of(temp, followLinks: false)) is not { } reason)
            {
                AtomicFile.TryDelete(temp);
                return (Outcome.Replaced, null);
            }
            return (RenameAt2(CurrentFolder, temp, CurrentFolder, target, Exchange) == 0 ? Outcome.Refused : Outcome.Displaced, reason);
        }
    }
}
