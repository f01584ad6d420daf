using Verification.Research.Commands;
using Verification.Shell;

namespace Verification.Research;

/// <summary>
/// The l1research command line: experiments on the hypernetwork's training that no claim, test or user command of
/// l1verify rests on. It runs as l1verify does (Shell.Invocation), with the same exit codes.
/// </summary>
public static class CommandLine
{
    public static int Run(string[] args) => Invocation.Run(
        "Research experiments on training the L1-norm hypernetwork (arXiv 2312.03051); the verification suite is l1verify.",
        [HyperExperimentCommand.Create(), HyperDeterminismCommand.Create()],
        args);
}
