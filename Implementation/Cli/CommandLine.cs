using System.CommandLine;
using Verification.Cli.Commands;
using Verification.Errors;

namespace Verification.Cli;

/// <summary>
/// The l1verify command line. Exit codes (README, "Exit codes"): 0 the command ran (a failed check is a
/// result, not an error), 1 a claim does not hold (verify), 2 bad input: one line on stderr, no stack trace,
/// 3 training diverged, 130 and 143 training stopped by Ctrl-C or SIGTERM after saving a checkpoint.
/// </summary>
public static class CommandLine
{
    public const int BadInput = 2;
    public const int Diverged = 3;
    public const int InterruptedBySigint = 130;
    public const int InterruptedBySigterm = 143;

    public static int Run(string[] args)
    {
        var root = new RootCommand("Verification suite for the L1-norm algorithms that hypernetworks discover (arXiv 2312.03051).");
        Command[] commands =
        [
            EncodeCommand.Create(),
            ClassifyCommand.Create(),
            CheckCommand.Create(),
            AlgorithmsCommand.Create(),
            BaselineCommand.Create(),
            VerifyCommand.Create(),
            MutationScoreCommand.Create(),
            ReportCommand.Create(),
            TrainCommand.Create(),
            GenerateCommand.Create(),
            ReproduceCommand.CreateSweep(),
            ReproduceCommand.CreateReproduce(),
            AmortisationCommand.Create(),
            LandscapeCommand.Create(),
            HyperExperimentCommand.Create(),
            HyperDeterminismCommand.Create(),
        ];
        foreach (var command in commands)
            root.Subcommands.Add(command);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            // An unknown word explains more than the "required command" complaint it causes.
            var error = parse.Errors.FirstOrDefault(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)) ?? parse.Errors[0];
            Console.Error.WriteLine($"error: {string.Join(' ', error.Message.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))}");
            return BadInput;
        }
        try
        {
            // Our own handler below, so that bad input is one line and a bug keeps its stack trace.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (BadInputException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (TrainingDiverged e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Diverged;
        }
        catch (Interrupted e)
        {
            Console.Error.WriteLine(e.Message);
            return e.ExitCode;
        }
    }
}
