namespace Verification.Properties.Support;

/// <summary>Runs the l1verify command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    static readonly object ConsoleLock = new();

    public static Outcome Run(params string[] args)
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
                var code = Verification.Cli.CommandLine.Run(args);
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
