using Verification.Errors;

namespace Verification.Files;

/// <summary>
/// Every file the suite writes (networks, checkpoints, results, reports) goes through here: written to a
/// temporary file beside the target, then renamed over it (AtomicRename), so a crash never leaves a half-written
/// file and an existing file is only replaced by a complete one.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string text) => Write(path, temp => File.WriteAllText(temp, text));

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, temp => File.WriteAllBytes(temp, bytes));

    public static void Write(string path, Action<string> writeTemp)
    {
        OutputPath.Require(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            writeTemp(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new BadInputException($"cannot write {path}: {e.Message}");
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        AtomicRename.Replace(temp, full, path);
    }

    internal static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
