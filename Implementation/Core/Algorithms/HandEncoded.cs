using Verification.Networks;
using Verification.Study;

namespace Verification.Algorithms;

/// <summary>The hand-encoded algorithms by label; each one's label is also the label the classifier must give it.</summary>
public static class HandEncoded
{
    public static readonly IReadOnlyList<AlgorithmLabel> Labels =
    [
        AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding, AlgorithmLabel.NegativePudding,
        AlgorithmLabel.MixedPudding, AlgorithmLabel.Convexity,
    ];

    /// <summary>The algorithm a name (on the command line) asks for; an unknown name is refused in one line that lists the names.</summary>
    public static AlgorithmLabel Parse(string name) => Labels.FirstOrDefault(l => l.Name == name) ?? throw Unknown(name);

    public static Network Encode(AlgorithmLabel algorithm, int n, double k = Pudding.DefaultK, double? bias = null,
        double s = Pudding.DefaultS, long seed = 0) =>
        algorithm == AlgorithmLabel.DoubleSided ? DoubleSided.Encode(n, k)
        : algorithm == AlgorithmLabel.Convexity ? Convexity.Encode(n, seed)
        : algorithm == AlgorithmLabel.PositivePudding ? Pudding.Encode(PuddingVariant.Positive, n, k, bias, s)
        : algorithm == AlgorithmLabel.NegativePudding ? Pudding.Encode(PuddingVariant.Negative, n, k, bias, s)
        : algorithm == AlgorithmLabel.MixedPudding ? Pudding.Encode(PuddingVariant.Mixed, n, k, bias, s)
        : throw Unknown(algorithm.Name);

    static Errors.BadInputException Unknown(string name) => new($"unknown algorithm \"{name}\"; use one of {string.Join(", ", Labels)}");
}
