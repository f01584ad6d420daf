using Verification.Errors;
using Verification.Networks;

namespace Verification.Algorithms;

internal static class AlgorithmArguments
{
    /// <summary>Encodings are 3n wide: n = 1024 is 3.1 million weights, inside <see cref="Network.MaxWeights"/>.</summary>
    public const int MaxDimension = 1024;

    public static void RequireDimension(int n)
    {
        if (n < 1) throw new BadInputException($"n must be at least 1, got {n}");
        if (n > MaxDimension) throw new BadInputException($"n must be at most {MaxDimension} for a hand-encoded network, got {n} (README, \"Limits\")");
    }

    public static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0) throw new BadInputException($"{name} must be a positive number, got {value}");
    }
}
