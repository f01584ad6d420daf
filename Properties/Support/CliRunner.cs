namespace Verification.Properties.Support;

/// <summary>Runs a program of the suite (l1verify, or l1research with RunResearch) in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    static readonly object ConsoleLock = new();

    public static Outcome Run(params string[] args) => Capture(() => Verification.Cli.CommandLine.Run(args));

    public static Outcome RunResearch(params string[] args) => Capture(() => Verification.Research.CommandLine.Run(args));

    static Outcome Capture(Func<int> program)
    {
        lock (ConsoleLock)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var code = program();
                return new Outcome(code, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}
