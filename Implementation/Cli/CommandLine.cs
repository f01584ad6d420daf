using System.CommandLine;
using Verification.Cli.Commands;
using Verification.Shell;

namespace Verification.Cli;

/// <summary>
/// The l1verify command line, run as every program of the suite runs (Shell.Invocation). Exit codes (README, "Exit
/// codes"): 0 the command ran (a failed check is a result, not an error), 1 a claim does not hold (verify), and the
/// shared ones of Shell.ExitCode: 2 bad input, 3 training diverged, 130 and 143 training stopped after saving a checkpoint.
/// </summary>
public static class CommandLine
{
    public static int Run(string[] args) => Invocation.Run(
        "Verification suite for the L1-norm algorithms that hypernetworks discover (arXiv 2312.03051).",
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
        ],
        args);
}
