namespace Verification;

/// <summary>A setting the user may give in the environment (L1VERIFY_THREADS, L1VERIFY_JOBS).</summary>
public static class EnvironmentSetting
{
    /// <summary>The variable's value when it is a positive integer; null when it is unset or anything else, so the caller's default applies.</summary>
    public static int? PositiveInt(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), out var value) && value >= 1 ? value : null;
}
