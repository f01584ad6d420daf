using System.Diagnostics;

namespace Verification.Properties.Support;

/// <summary>Runs another program to its end and captures what it printed; killed with its children if it outlives the timeout.</summary>
public static class ChildProcess
{
    public sealed record Outcome(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n{Out}\n{Error}";
    }

    public static Outcome Run(string program, IEnumerable<string> arguments, string? folder = null, TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = folder ?? System.Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout}");
        }
        return new Outcome(process.ExitCode, output.Result, error.Result);
    }
}
