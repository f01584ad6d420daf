namespace Verification.Shell;

/// <summary>
/// The user stopped the command with a signal after its state was saved; the exit code is the shell's
/// 128 + signal number, so that scripts see an interruption, not bad input.
/// </summary>
public sealed class Interrupted(string message, int exitCode) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
