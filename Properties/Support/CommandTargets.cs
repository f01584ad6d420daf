using System.Diagnostics;
using Verification.Files;

namespace Verification.Properties.Support;

/// <summary>
/// A folder of what a command line may name: valid inputs, and the targets a command must refuse and leave as they are
/// (a pipe, a device node, a symbolic link, a read-only file, another user's file, a folder). All are made here, in a
/// temporary folder: no test names a device of the system. Each run's own outputs go to a fresh folder under runs/.
/// </summary>
public sealed class CommandTargets : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("l1verify-command-lines-").FullName;
    int runs;

    public string this[string name] => Path.Combine(Folder, name);

    /// <summary>Another user than the one running the tests: nobody on Debian.</summary>
    const int OtherUser = 65534;

    public CommandTargets(IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var (name, bytes) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(this[name])!);
            File.WriteAllBytes(this[name], bytes);
        }
        Directory.CreateDirectory(this["folder"]);
        Directory.CreateDirectory(this["runs"]);
        Run("mkfifo", this["pipe"]);
        // The null device's numbers, as a node of our own: replacing it would harm nothing, and shows it is not replaced.
        HasDevice = Run("mknod", this["device"], "c", "1", "3");
        File.CreateSymbolicLink(this["link"], this["pipe"]);
        File.CreateSymbolicLink(this["link-to-network.json"], this["network.json"]);
        File.WriteAllText(this["read-only.json"], "{}");
        Run("chmod", "444", this["read-only.json"]);
        Directory.CreateDirectory(this["others"]);
        File.WriteAllText(this["others/theirs.json"], "{}");
        OthersFileIsTheirs = Run("chown", OtherUser.ToString(System.Globalization.CultureInfo.InvariantCulture), this["others/theirs.json"]);
    }

    public bool HasDevice { get; }

    public bool OthersFileIsTheirs { get; }

    static bool Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    /// <summary>A fresh, empty folder for one run's outputs.</summary>
    public string NewRunFolder() => Directory.CreateDirectory(this[$"runs/{++runs}"]).FullName;

    /// <summary>Every entry outside runs/ with its kind, size and time: a run that refuses, or any run, must leave it as it was.</summary>
    public IReadOnlyList<string> Snapshot() =>
        [.. Directory.EnumerateFileSystemEntries(Folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(p => !p.StartsWith(this["runs"], StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => $"{p} {FileStatus.Of(p, followLinks: false)} {(File.Exists(p) && !Directory.Exists(p) ? new FileInfo(p).Length : 0)} {File.GetLastWriteTimeUtc(p):O}")];

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
