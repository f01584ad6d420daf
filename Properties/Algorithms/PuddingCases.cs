using FsCheck;
using Verification.Algorithms;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Problem;

namespace Verification.Properties.Algorithms;

/// <summary>
/// The pudding cases both claims use. Pudding is exact up to ||x||_1 - f(x) = sum_i gap_i + u sigmoid(-u) / s with u = B - s sum_i sigma_i x_i.
/// Inside its domain (u &gt;= u0) the error is bounded; outside (u &lt;= -u1) the network overshoots.
/// Each case builds the network around the generated x, so x is inside (or outside) by construction.
/// </summary>
public static class PuddingCases
{
    public const double K = 200;
    public const double InsideMargin = 3;
    public const double OutsideMargin = 2;
    public static readonly double[] Scales = [0.5, 1, 2];
    public static readonly PuddingVariant[] Variants = [PuddingVariant.Positive, PuddingVariant.Negative, PuddingVariant.Mixed];

    public static int[] Signs(int variant, int n) =>
        n < 2 ? [1] : Pudding.Signs(Variants[variant % Variants.Length], n);

    public static double SignedSum(double[] x, int[] signs) => x.Select((xi, i) => signs[i] * xi).Sum();

    public static bool InsideBound(Encoding encode, double[] x, int[] signs, double s, double extra)
    {
        var bias = s * Math.Max(SignedSum(x, signs), 0) + InsideMargin + extra;    // so u >= InsideMargin
        var network = encode(x.Length, bias, s, signs);
        var l1 = L1Norm.Scalar(x);
        var gap = l1 - network.Evaluate(x);
        var slack = 1e-12 * (1 + l1 + bias / s);
        return gap >= -slack && gap <= Pudding.ErrorBoundInside(x.Length, K, s, InsideMargin) + slack;
    }

    public static bool OvershootsOutside(Encoding encode, double[] x, int[] signs, double s, double extra)
    {
        var sum = SignedSum(x, signs);
        if (sum <= 0) (x, sum) = (x.Select(v => -v).ToArray(), -sum);
        if (sum == 0) return true;                                                  // x = 0 has no outside
        var scale = Math.Max(1, (OutsideMargin + extra + 1) / (s * sum));
        x = x.Select(v => v * scale).ToArray();
        var bias = s * sum * scale - OutsideMargin - extra;                         // B > 0 and u = -(margin + extra)
        var network = encode(x.Length, bias, s, signs);
        var overshoot = network.Evaluate(x) - L1Norm.Scalar(x);
        return overshoot >= (OutsideMargin - 0.2785) / s - DoubleSided.ErrorBound(x.Length, K) - 1e-9 * (1 + bias);
    }

    public static Network Correct(int n, double bias, double s, int[] signs) => Pudding.Encode(n, K, bias, s, signs);

    /// <summary>A pudding encoding: (n, B, s, signs) -> network.</summary>
    public delegate Network Encoding(int n, double bias, double s, int[] signs);

    /// <summary>A check of one case: an encoding, x, the signs, s and the extra margin.</summary>
    public delegate bool Check(Encoding encode, double[] x, int[] signs, double s, double extra);

    /// <summary>One case from FsCheck's values: x, a sign pattern, a scale s and an extra margin.</summary>
    public static bool Holds(Check check, Encoding encode, NonEmptyArray<NormalFloat> x, NonNegativeInt variant, NonNegativeInt scale, NonNegativeInt extra)
    {
        var input = Generators.Input(x);
        return check(encode, input, Signs(variant.Get, input.Length), Generators.Pick(Scales, scale), extra.Get);
    }

    /// <summary>Whether FsCheck finds a case (positive signs, no extra margin) where the check fails for the encoding.</summary>
    public static bool FindsCounterexample(Check check, Encoding encode) =>
        Generators.FindsCounterexample<NonEmptyArray<NormalFloat>, NonNegativeInt>(
            (x, scale) => Holds(check, encode, x, NonNegativeInt.NewNonNegativeInt(0), scale, NonNegativeInt.NewNonNegativeInt(0)));
}
