using Verification.Networks;
using Verification.Problem;
using static TorchSharp.torch;

namespace Verification.Checking;

/// <summary>
/// Compares networks with the exact L1 norm on one shared sample of inputs, all networks in one batched
/// evaluation. Pointwise relative error is undefined at x = 0 (and any smooth network is ~100% off next
/// to it), so errors are normalised by the sample's mean ||x||_1, the scale the task is judged at.
/// </summary>
public static class L1Check
{
    public const int DefaultSamples = 10_000;
    public const double DefaultTolerance = 0.02;

    public static CheckResult Run(Network network, InputDomain domain, int samples = DefaultSamples,
        double tolerance = DefaultTolerance, long seed = 0) =>
        Run([network], domain, samples, tolerance, seed)[0];

    public static CheckResult[] Run(IReadOnlyList<Network> networks, InputDomain domain, int samples = DefaultSamples,
        double tolerance = DefaultTolerance, long seed = 0)
    {
        using var batch = NetworkBatch.From(networks);
        return Run(batch, domain, samples, tolerance, seed);
    }

    /// <summary>
    /// Bounds the [nets, samples, H] activations of one evaluation block to 250k elements, 2 MB of float64.
    /// Blocks of 8 MB and more came from fresh pages on every call, and on the 2-core VMs we measure on that
    /// made checking 25 times slower (BENCHMARKS.md, "Freed memory must stay in the process"); 250k instead of
    /// 1M elements stayed in the cache and gave the same figures bit for bit (CHK-1), 13-29% faster at n = 16; since
    /// the forward works in place, 500k and 1M are within 3% of it.
    /// </summary>
    public const long BlockElements = 250_000;

    /// <summary>blockElements: the evaluation block's size; the figures do not depend on it (CHK-1), only the speed.</summary>
    public static CheckResult[] Run(NetworkBatch batch, InputDomain domain, int samples, double tolerance, long seed,
        long blockElements = BlockElements)
    {
        if (samples < 2) throw new Errors.BadInputException($"samples must be at least 2, got {samples}");
        if (!double.IsFinite(tolerance) || tolerance <= 0) throw new Errors.BadInputException($"tolerance must be a positive number, got {tolerance}");
        MemoryBudget.Require(EstimatedBytes(samples, batch.Inputs, batch.Hidden, batch.Count), $"checking {samples} samples of n = {batch.Inputs}, H = {batch.Hidden}");
        if (blockElements < 1) throw new ArgumentOutOfRangeException(nameof(blockElements), blockElements, "an evaluation block holds at least one element");
        using var scope = NewDisposeScope();
        var x = domain.Sample(samples, batch.Inputs, Torch.Generator(seed));   // [samples, n], shared by all nets
        var f = empty(batch.Count, samples, float64);                           // [nets, samples]
        var chunk = (int)Math.Max(1, blockElements / ((long)samples * batch.Hidden));
        for (var start = 0; start < batch.Count; start += chunk)
        {
            using var chunkScope = NewDisposeScope();
            var count = Math.Min(chunk, batch.Count - start);
            f.narrow(0, start, count).copy_(NetworkBatch.Evaluate(batch.W.narrow(0, start, count), batch.B.narrow(0, start, count),
                batch.V.narrow(0, start, count), batch.C.narrow(0, start, count), x));
        }
        // One pass of the statistics over all networks: per block they cost as much again as the forward's
        // elementwise work in small ops at n = 16; each row's figures are the same either way (CHK-1).
        var columns = Statistics(f, L1Norm.Of(x));
        return Enumerable.Range(0, batch.Count).Select(i => new CheckResult(
            domain.ToString(), samples, seed, tolerance,
            columns[i * 5], columns[i * 5 + 1], columns[i * 5 + 2], columns[i * 5 + 3], columns[i * 5 + 4])).ToArray();
    }

    /// <summary>
    /// float64 bytes of one check at most: the inputs [samples, n]; per block of networks three [samples, H]
    /// buffers at least, the block above when smaller (the in-place forward needs one; the margin stays); the
    /// targets and four per-sample vectors; and for the statistics over all networks the outputs, which the
    /// errors overwrite, and as much again for the top 1% and the margin (2 x [nets, samples]).
    /// </summary>
    public static long EstimatedBytes(int samples, int n, int h, int nets) =>
        8 * MemoryBudget.Times(samples, n + 3L * Math.Max(h, BlockElements / Math.Max(samples, 1)) + 4 + 2L * nets);

    /// <summary>
    /// Per network: max and p99 absolute error, the same relative to mean ||x||_1, and R^2; flattened [nets * 5].
    /// The errors overwrite f rather than fill three more [nets, samples] tensors (13 MB each at 825 networks): timed
    /// op by op in a scratch copy, those cost 14 of the statistics' 18 ms at n = 16 (BENCHMARKS.md). |r| |r| is r^2
    /// bit for bit.
    /// </summary>
    static double[] Statistics(Tensor f, Tensor target)
    {
        var error = f.sub_(target).abs_();                                      // |f - target| [nets, samples]
        var scale = target.mean();
        var (max, p99) = ErrorTail.Of(error);
        var r2 = 1 - error.mul_(error).sum(1) / (target - scale).square().sum();
        return stack(new[] { max, p99, max / scale, p99 / scale, r2 }, 1).data<double>().ToArray();
    }
}
