namespace Verification.Classifier;

/// <summary>
/// Expectations over t ~ N(0, 1) by the trapezoid rule: nodes from -8 to 8 spaced 0.02, weights the normal
/// density normalised to sum to 1. For a kink of slope k the rule errs by about (0.02^2 / 8) k against a spread
/// of 0.58 k: under 0.1%, far inside the classifier's margins. Mass beyond |t| = 8 is below 1e-15.
/// </summary>
public static class NormalQuadrature
{
    public const int Points = 801;
    public const double HalfWidth = 8;

    /// <summary>t_g = -8 + 16 g / 800: [Points].</summary>
    public static ReadOnlySpan<double> Nodes => NodeArray;

    /// <summary>p_g proportional to exp(-t_g^2 / 2), summing to 1: [Points].</summary>
    public static ReadOnlySpan<double> Weights => WeightArray;

    static readonly double[] NodeArray = Enumerable.Range(0, Points).Select(g => -HalfWidth + 2 * HalfWidth * g / (Points - 1)).ToArray();
    static readonly double[] WeightArray = Normalised(NodeArray.Select(t => Math.Exp(-0.5 * t * t)).ToArray());

    static double[] Normalised(double[] weights)
    {
        var total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }
}
