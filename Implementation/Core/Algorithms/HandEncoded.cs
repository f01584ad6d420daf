using Verification.Networks;

namespace Verification.Algorithms;

/// <summary>The hand-encoded algorithms by name; each name is also the label the classifier must give it.</summary>
public static class HandEncoded
{
    public static readonly IReadOnlyList<string> Names =
    [
        Study.Algorithm.DoubleSided, Study.Algorithm.PositivePudding, Study.Algorithm.NegativePudding,
        Study.Algorithm.MixedPudding, Study.Algorithm.Convexity,
    ];

    public static Network Encode(string algorithm, int n, double k = Pudding.DefaultK, double? bias = null,
        double s = Pudding.DefaultS, long seed = 0) => algorithm switch
    {
        Study.Algorithm.DoubleSided => DoubleSided.Encode(n, k),
        Study.Algorithm.Convexity => Convexity.Encode(n, seed),
        Study.Algorithm.PositivePudding => Pudding.Encode(PuddingVariant.Positive, n, k, bias, s),
        Study.Algorithm.NegativePudding => Pudding.Encode(PuddingVariant.Negative, n, k, bias, s),
        Study.Algorithm.MixedPudding => Pudding.Encode(PuddingVariant.Mixed, n, k, bias, s),
        _ => throw new Errors.BadInputException($"unknown algorithm \"{algorithm}\"; use one of {string.Join(", ", Names)}"),
    };
}
