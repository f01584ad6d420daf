namespace Verification.Shell;

/// <summary>
/// The exit codes every program of the suite gives for the same outcome (README, "Exit codes"), so that a script reads
/// l1verify and l1research alike. 0 and 1 mean what each command says.
/// </summary>
public static class ExitCode
{
    public const int BadInput = 2;
    public const int Diverged = 3;
    public const int InterruptedBySigint = 130;
    public const int InterruptedBySigterm = 143;
}
