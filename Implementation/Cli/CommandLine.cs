using System.CommandLine;
using Verification.Cli.Commands;
using Verification.Errors;

namespace Verification.Cli;

/// <summary>
/// The l1verify command line. Exit codes: 0 the command ran (a failed check is a result, not an error),
/// 1 a claim does not hold (verify), 2 bad input: one line on stderr, no stack trace.
/// </summary>
public static class CommandLine
{
    public const int BadInput = 2;

    public static int Run(string[] args)
    {
        var root = new RootCommand("Verification suite for the L1-norm algorithms that hypernetworks discover (arXiv 2312.03051).");
        foreach (var command in new[] { EncodeCommand.Create(), ClassifyCommand.Create(), CheckCommand.Create(), AlgorithmsCommand.Create(), HyperExperimentCommand.Create(), HyperDeterminismCommand.Create() })
            root.Subcommands.Add(command);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"error: {parse.Errors[0].Message}");
            return BadInput;
        }
        try
        {
            // Our own handler below, so that bad input is one line and a bug keeps its stack trace.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (InputError e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
    }
}
