using Verification.Networks;

namespace Verification.Algorithms;

/// <summary>
/// The pudding algorithm: |x_i| = 2 ReLU(sigma_i x_i) - sigma_i x_i. One sharp axis neuron per input
/// (w = sigma_i k e_i, v = 2/k) gives the first term; one dense "pudding" neuron kept in swish's linear
/// regime (w_i = -sigma_i s, bias B, v = 1/s, with c = -B/s) gives -sum_i sigma_i x_i for all inputs at once.
/// Exactly: ||x||_1 - f(x) = sum_i gap_i + u sigmoid(-u) / s, with u = B - s sum_i sigma_i x_i and
/// 0 &lt;= gap_i &lt;= 0.5569 / k. So the network is accurate only while u is large: the domain is bounded.
/// </summary>
public static class Pudding
{
    public const double DefaultK = 100;
    public const double DefaultS = 1;

    /// <summary>B = 10 sqrt(n) s keeps the pudding neuron linear out to 10 standard deviations of sum_i x_i on N(0, I_n).</summary>
    public static double DefaultB(int n, double s) => 10 * Math.Sqrt(n) * s;

    public static Network Encode(int n, double k, double bias, double s, IReadOnlyList<int> signs, int? hidden = null)
    {
        AlgorithmArguments.RequireDimension(n);
        AlgorithmArguments.RequirePositive(k, "k");
        AlgorithmArguments.RequirePositive(bias, "B");
        AlgorithmArguments.RequirePositive(s, "s");
        if (signs.Count != n || signs.Any(sg => sg is not (1 or -1)))
            throw new ArgumentException("pudding needs one sign (+1 or -1) per input");
        var (rows, b, v) = (new List<double[]>(), new List<double>(), new List<double>());
        for (var i = 0; i < n; i++)
        {
            rows.Add(Neurons.Axis(n, i, signs[i] * k));
            b.Add(0);
            v.Add(2 / k);
        }
        rows.Add(signs.Select(sg => -sg * s).ToArray());
        b.Add(bias);
        v.Add(1 / s);
        return Neurons.Assemble(rows, b, v, -bias / s, hidden ?? 3 * n);
    }

    /// <summary>A named variant with the default B when none is given.</summary>
    public static Network Encode(PuddingVariant variant, int n, double k = DefaultK, double? bias = null, double s = DefaultS)
    {
        AlgorithmArguments.RequireDimension(n);
        AlgorithmArguments.RequirePositive(s, "s");
        return Encode(n, k, bias ?? DefaultB(n, s), s, Signs(variant, n));
    }

    /// <summary>Positive: every sigma_i = +1; negative: every -1; mixed: alternating, starting with +1.</summary>
    public static int[] Signs(PuddingVariant variant, int n) => variant switch
    {
        PuddingVariant.Positive => Enumerable.Repeat(1, n).ToArray(),
        PuddingVariant.Negative => Enumerable.Repeat(-1, n).ToArray(),
        _ when n < 2 => throw new Errors.BadInputException("mixed pudding needs n >= 2, so that both signs can appear"),
        _ => Enumerable.Range(0, n).Select(i => i % 2 == 0 ? 1 : -1).ToArray(),
    };

    /// <summary>u = B - s sum_i sigma_i x_i: the pudding neuron's pre-activation; the network is valid where u is large.</summary>
    public static double Margin(IReadOnlyList<double> x, IReadOnlyList<int> signs, double bias, double s) =>
        bias - s * x.Select((xi, i) => signs[i] * xi).Sum();

    /// <summary>Bound on ||x||_1 - f(x) wherever u &gt;= u0 &gt;= 1.2785 (where u sigmoid(-u) is decreasing).</summary>
    public static double ErrorBoundInside(int n, double k, double s, double u0) =>
        DoubleSided.GapPerInput * n / k + u0 / (1 + Math.Exp(u0)) / s;
}

public enum PuddingVariant { Positive, Negative, Mixed }
