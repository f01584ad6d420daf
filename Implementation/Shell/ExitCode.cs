namespace Verification.Shell;

/// <summary>
/// The exit codes every program of the suite gives for the same outcome (README, "Exit codes"), so that a script reads
/// l1verify and l1research alike. 0 and 1 mean what each command says.
/// </summary>
public static class ExitCode
{
    public const int BadInput = 2;
    public const int Diverged = 3;

    /// <summary>A unit of work run as a local process failed; the others finished, and a rerun continues.</summary>
    public const int UnitsFailed = 4;
    public const int InterruptedBySigint = 130;
    public const int InterruptedBySigterm = 143;
}
