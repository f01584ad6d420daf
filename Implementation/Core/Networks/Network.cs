using Verification.Errors;

namespace Verification.Networks;

/// <summary>
/// A target network for input dimension n with H hidden swish neurons:
/// f(x) = sum_j V[j] * swish(W[j] . x + B[j]) + C.  W is H rows of n numbers.
/// Immutable and validated: every instance has consistent shapes and finite weights.
/// </summary>
public sealed class Network
{
    /// <summary>
    /// The most weights (n x H) a network may have: 32 MB of float64, about 100 MB as JSON and ten times that
    /// while the JSON is parsed, inside the suite's memory budget (README, "Limits").
    /// </summary>
    public const long MaxWeights = 4_000_000;

    public int Inputs { get; }
    public int Hidden { get; }
    public IReadOnlyList<double[]> W => rows;
    public IReadOnlyList<double> B => b;
    public IReadOnlyList<double> V => v;
    public double C { get; }

    readonly double[][] rows;
    readonly double[] b;
    readonly double[] v;

    public Network(double[][] w, double[] b, double[] v, double c)
    {
        if (w.Length < 1) throw new BadInputException("a network needs at least one hidden neuron (W has no rows)");
        var n = w[0].Length;
        if (n < 1) throw new BadInputException("a network needs at least one input (W rows are empty)");
        for (var j = 0; j < w.Length; j++)
            if (w[j].Length != n) throw new BadInputException($"W row {j} has {w[j].Length} numbers, row 0 has {n}");
        if (b.Length != w.Length) throw new BadInputException($"b has {b.Length} entries but W has {w.Length} rows");
        if (v.Length != w.Length) throw new BadInputException($"v has {v.Length} entries but W has {w.Length} rows");
        if (w.SelectMany(r => r).Concat(b).Concat(v).Append(c).Any(x => !double.IsFinite(x)))
            throw new BadInputException("the network has a NaN or infinite weight");
        Inputs = n;
        Hidden = w.Length;
        rows = w.Select(r => (double[])r.Clone()).ToArray();
        this.b = (double[])b.Clone();
        this.v = (double[])v.Clone();
        C = c;
    }

    /// <summary>swish(z) = z * sigmoid(z), written to stay finite for large |z|.</summary>
    public static double Swish(double z) => z >= 0 ? z / (1 + Math.Exp(-z)) : z * Math.Exp(z) / (1 + Math.Exp(z));

    /// <summary>The plain scalar definition of f, the reference that batched evaluation is checked against.</summary>
    public double Evaluate(IReadOnlyList<double> x)
    {
        if (x.Count != Inputs) throw new ArgumentException($"expected {Inputs} inputs, got {x.Count}");
        var sum = C;
        for (var j = 0; j < Hidden; j++)
        {
            var pre = b[j];
            for (var i = 0; i < Inputs; i++) pre += rows[j][i] * x[i];
            sum += v[j] * Swish(pre);
        }
        return sum;
    }

    /// <summary>A copy with some parts replaced; the building block of every weight transformation.</summary>
    public Network With(double[][]? w = null, double[]? b = null, double[]? v = null, double? c = null) =>
        new(w ?? rows, b ?? this.b, v ?? this.v, c ?? C);
}
