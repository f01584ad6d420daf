using TorchSharp;
using Verification.Networks;
using static TorchSharp.torch;

namespace Verification.Algorithms;

/// <summary>
/// The convexity algorithm: ||x||_1 is convex, and so is a positive sum of swish units whose
/// pre-activations stay in swish's curved part. Random unit-norm projections W_j in antipodal pairs (so the
/// bowl curves up on both sides of every direction; W_j . x ~ N(0, 1) on N(0, I_n), never sharp enough to act
/// as a ReLU), small random biases, and output weights v &gt;= 0 fitted by non-negative least
/// squares on sampled inputs: a smooth bowl that tracks ||x||_1 only approximately (R^2 well below 1).
/// </summary>
public static class Convexity
{
    const int FitSamples = 4096;
    const int FitIterations = 2000;

    public static Network Encode(int n, long seed, int? hidden = null)
    {
        AlgorithmArguments.RequireDimension(n);
        var h = hidden ?? 3 * n;
        using var scope = NewDisposeScope();
        var generator = Torch.Generator(seed);
        var half = randn(new long[] { (h + 1) / 2, n }, dtype: float64, generator: generator);
        var directions = cat(new[] { half, -half[..(h / 2)] }, 0);            // [H, n]: antipodal pairs
        var w = directions / linalg.vector_norm(directions, dims: new long[] { 1 }, keepdim: true);
        var b = randn(new long[] { h }, dtype: float64, generator: generator) * 0.5;
        var x = randn(new long[] { FitSamples, n }, dtype: float64, generator: generator);
        var features = nn.functional.silu(matmul(x, w.T) + b);              // [samples, H]
        var target = Problem.L1Norm.Of(x);                                     // [samples]
        var (v, c) = FitNonNegative(features, target);
        var rows = Enumerable.Range(0, h).Select(j => w[j].data<double>().ToArray()).ToArray();
        return new Network(rows, b.data<double>().ToArray(), v.data<double>().ToArray(), c);
    }

    /// <summary>min_{v &gt;= 0, c} ||features v + c - target||^2 by projected gradient on the centred problem.</summary>
    static (Tensor v, double c) FitNonNegative(Tensor features, Tensor target)
    {
        var meanF = features.mean(new long[] { 0 });
        var meanT = target.mean();
        var centred = features - meanF;
        var gram = matmul(centred.T, centred) / features.shape[0];          // [H, H]
        var rhs = matmul(centred.T, target - meanT) / features.shape[0];    // [H]
        // The loop's two numbers as scalars held to its end: a number converted on the fly is a native scalar that
        // nothing references during the call, which the finalizer thread may free mid-call (CLS-4, BENCHMARKS.md).
        using var step = (1 / linalg.eigvalsh(gram).max().item<double>()).ToScalar();
        using var floor = 0.0.ToScalar();
        var v = zeros_like(rhs);
        for (var i = 0; i < FitIterations; i++)
            v = (v - step * (matmul(gram, v) - rhs)).clamp_min(floor);
        var c = (meanT - matmul(meanF, v)).item<double>();
        return (v.MoveToOuterDisposeScope(), c);
    }
}
