using static TorchSharp.torch;

namespace Verification.Checking;

/// <summary>
/// The largest error and the 99th percentile per network, from the top 1% of the errors only. Both are
/// order statistics: values picked, never computed, so selecting the p99 and the errors above it with
/// topk gives the same numbers bit for bit as sorting every error, at a fraction of the cost.
/// </summary>
public static class ErrorTail
{
    /// <summary>The 99th percentile's index in ascending order: the smallest error at least 99% of the sample reaches.</summary>
    public static long P99Index(long samples) => (long)Math.Ceiling(0.99 * samples) - 1;

    /// <summary>Max and p99 of each row of errors [nets, samples], each as a [nets] tensor.</summary>
    public static (Tensor Max, Tensor P99) Of(Tensor errors)
    {
        var samples = errors.shape[1];
        var k = samples - P99Index(samples);                                    // the p99 and every error above it
        var top = errors.topk((int)k, dim: 1, largest: true, sorted: true).values;   // [nets, k], descending
        return (top[.., 0], top[.., k - 1]);
    }
}
