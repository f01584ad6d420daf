using Verification.Errors;

namespace Verification.Algorithms;

internal static class AlgorithmArguments
{
    public static void RequireDimension(int n)
    {
        if (n < 1) throw new InputError($"n must be at least 1, got {n}");
    }

    public static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0) throw new InputError($"{name} must be a positive number, got {value}");
    }
}
