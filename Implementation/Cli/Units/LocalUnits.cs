using System.CommandLine;
using System.Diagnostics;
using Verification.Sweep;
using Verification.Units;

namespace Verification.Cli.Units;

/// <summary>
/// Every unit of a command run on this machine: the same command line with <c>--shard K/N</c> added, as child
/// processes, as many at a time as there are cores (L1VERIFY_JOBS). Each child runs one thread of torch and one
/// job at a time unless L1VERIFY_THREADS says otherwise, so that the children together use the cores once.
/// This starts processes; it does not schedule them: on a cluster, the scheduler runs the same units.
/// </summary>
public static class LocalUnits
{
    /// <summary>Runs the units 1..count of the parsed command line; true when every one of them succeeded.</summary>
    public static bool Run(ParseResult parse, int count)
    {
        var arguments = parse.Tokens.Select(token => token.Value).ToArray();
        var failures = new List<(int Unit, int ExitCode)>();
        Parallel.For(1, count + 1, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentJobs.Threads }, unit =>
        {
            var code = RunChild([.. arguments, "--shard", new ShardSpec(unit, count).ToString()]);
            if (code != 0) lock (failures) failures.Add((unit, code));
        });
        foreach (var (unit, code) in failures.Order())
            Console.Error.WriteLine($"unit {unit}/{count} exited with code {code}; rerun the same command: finished units are kept, training resumes from its checkpoints");
        return failures.Count == 0;
    }

    static int RunChild(IReadOnlyList<string> arguments)
    {
        var start = Program();
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.UseShellExecute = false;
        start.Environment["L1VERIFY_JOBS"] = "1";
        start.Environment["L1VERIFY_THREADS"] = Environment.GetEnvironmentVariable("L1VERIFY_THREADS") is { Length: > 0 } threads ? threads : "1";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>This program: its apphost where the build made one, else its assembly run by dotnet.</summary>
    static ProcessStartInfo Program()
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "l1verify.exe" : "l1verify");
        if (File.Exists(apphost)) return new ProcessStartInfo(apphost);
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "l1verify.dll"));
        return start;
    }
}
