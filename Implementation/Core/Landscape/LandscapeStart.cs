using Verification.Algorithms;
using Verification.Networks;

namespace Verification.Landscape;

/// <summary>
/// The hand-encoded algorithms a landscape starts its weight-space models at, named by their labels. Kinks
/// of sharpness k = 8 and a pudding neuron with B = 3 sqrt(n) (linear out to three standard deviations of
/// sum_i x_i) are where the shipped hypernetwork's networks sit, so training only refines them.
/// </summary>
public static class LandscapeStart
{
    public const double K = 8;

    public static readonly IReadOnlyList<string> All =
        [Classifier.Algorithm.DoubleSided, Classifier.Algorithm.PositivePudding, Classifier.Algorithm.NegativePudding, Classifier.Algorithm.Convexity];

    public static Network Encode(string start, int n, long seed) => start switch
    {
        Classifier.Algorithm.DoubleSided => DoubleSided.Encode(n, K),
        Classifier.Algorithm.PositivePudding => Pudding.Encode(PuddingVariant.Positive, n, K, PuddingBias(n)),
        Classifier.Algorithm.NegativePudding => Pudding.Encode(PuddingVariant.Negative, n, K, PuddingBias(n)),
        Classifier.Algorithm.Convexity => Convexity.Encode(n, seed),
        _ => throw new ArgumentException($"no landscape start \"{start}\""),
    };

    static double PuddingBias(int n) => 3 * Math.Sqrt(n);
}
