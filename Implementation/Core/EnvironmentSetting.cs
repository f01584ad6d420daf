using Verification.Errors;

namespace Verification;

/// <summary>The settings the user may give in the environment (L1VERIFY_THREADS, L1VERIFY_JOBS), read one way.</summary>
public static class EnvironmentSetting
{
    /// <summary>Every variable read with <see cref="PositiveInt"/>: each command checks them all before its work starts.</summary>
    public static readonly IReadOnlyList<string> Variables = ["L1VERIFY_THREADS", "L1VERIFY_JOBS"];

    /// <summary>More threads than this is a typo on any machine the suite runs on, not a setting.</summary>
    public const int Max = 1024;

    /// <summary>Refuses, as one line, any variable that is set to something other than a count from 1 to <see cref="Max"/>.</summary>
    public static void RequireValid()
    {
        foreach (var variable in Variables) PositiveInt(variable);
    }

    /// <summary>The variable's count; null when it is unset or empty, so the caller's default applies.</summary>
    public static int? PositiveInt(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(text)) return null;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= Max
            ? value
            : throw new BadInputException($"{variable} is '{text}'; it must be a whole number from 1 to {Max}, or unset");
    }
}
