using Verification.Networks;
using Verification.Vocabulary;

namespace Verification.Algorithms;

/// <summary>The hand-encoded algorithms by label; each one's label is also the label the classifier must give it.</summary>
public static class HandEncoded
{
    public static readonly IReadOnlyList<AlgorithmLabel> Labels =
    [
        AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding, AlgorithmLabel.NegativePudding,
        AlgorithmLabel.MixedPudding, AlgorithmLabel.Convexity,
    ];

    /// <summary>A dimension every hand encoding takes (1..1024), refused in one line otherwise: checked before any is encoded.</summary>
    public static void RequireDimension(int n) => AlgorithmArguments.RequireDimension(n);

    /// <summary>The algorithm a name (on the command line) asks for; an unknown name is refused in one line that lists the names.</summary>
    public static AlgorithmLabel Parse(string name) => Labels.FirstOrDefault(l => l.Name == name) ?? throw Unknown(name);

    /// <summary>Every parameter is checked, also those the algorithm does not use: a typo in one is refused rather than ignored.</summary>
    public static Network Encode(AlgorithmLabel algorithm, int n, double k = Pudding.DefaultK, double? bias = null,
        double s = Pudding.DefaultS, long seed = 0)
    {
        AlgorithmArguments.RequirePositive(k, "k");
        AlgorithmArguments.RequirePositive(s, "s");
        if (bias is { } b) AlgorithmArguments.RequirePositive(b, "B");
        return Encoded(algorithm, n, k, bias, s, seed);
    }

    static Network Encoded(AlgorithmLabel algorithm, int n, double k, double? bias, double s, long seed) =>
        algorithm == AlgorithmLabel.DoubleSided ? DoubleSided.Encode(n, k)
        : algorithm == AlgorithmLabel.Convexity ? Convexity.Encode(n, seed)
        : algorithm == AlgorithmLabel.PositivePudding ? Pudding.Encode(PuddingVariant.Positive, n, k, bias, s)
        : algorithm == AlgorithmLabel.NegativePudding ? Pudding.Encode(PuddingVariant.Negative, n, k, bias, s)
        : algorithm == AlgorithmLabel.MixedPudding ? Pudding.Encode(PuddingVariant.Mixed, n, k, bias, s)
        : throw Unknown(algorithm.Name);

    static Errors.BadInputException Unknown(string name) => new($"unknown algorithm \"{name}\"; use one of {string.Join(", ", Labels)}");
}
