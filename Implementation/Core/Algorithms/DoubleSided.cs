using Verification.Networks;

namespace Verification.Algorithms;

/// <summary>
/// The double-sided algorithm: |x_i| = ReLU(x_i) + ReLU(-x_i), each ReLU a sharp swish.
/// Neurons +k e_i and -k e_i with v = 1/k give f(x) = sum_i x_i tanh(k x_i / 2), and for every x:
/// 0 &lt;= ||x||_1 - f(x) &lt;= 0.5569 n / k. The remaining H - 2n neurons are dead.
/// </summary>
public static class DoubleSided
{
    /// <summary>max_u 2u / (e^u + 1) = 0.55693: the per-input gap of x tanh(kx/2) below |x|, times k.</summary>
    public const double GapPerInput = 0.5569290855;

    public static Network Encode(int n, double k, int? hidden = null)
    {
        AlgorithmArguments.RequireDimension(n);
        AlgorithmArguments.RequirePositive(k, "k");
        var (rows, b, v) = (new List<double[]>(), new List<double>(), new List<double>());
        foreach (var sign in new[] { +1.0, -1.0 })
            for (var i = 0; i < n; i++)
            {
                rows.Add(Neurons.Axis(n, i, sign * k));
                b.Add(0);
                v.Add(1 / k);
            }
        return Neurons.Assemble(rows, b, v, 0, hidden ?? 3 * n);
    }

    /// <summary>The guaranteed bound on ||x||_1 - f(x), valid for every x in R^n.</summary>
    public static double ErrorBound(int n, double k) => GapPerInput * n / k;
}
