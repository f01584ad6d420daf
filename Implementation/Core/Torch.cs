using TorchSharp;

namespace Verification;

/// <summary>One place that prepares TorchSharp for this suite: thread count and default precision.</summary>
public static class Torch
{
    static int initialised;

    /// <summary>
    /// Idempotent. One intra-op thread unless L1VERIFY_THREADS says otherwise: the suite's tensors are small
    /// (a few thousand elements per kernel), where OpenMP's hand-offs cost more than they save, and a
    /// second thread spinning on a busy 2-core machine slows everything else down.
    /// </summary>
    public static void Initialise()
    {
        if (Interlocked.Exchange(ref initialised, 1) == 1) return;
        NativeHeap.KeepFreedMemory();
        var requested = Environment.GetEnvironmentVariable("L1VERIFY_THREADS");
        var threads = int.TryParse(requested, out var t) && t >= 1 ? Math.Min(t, Environment.ProcessorCount) : 1;
        torch.set_num_threads(threads);
    }

    /// <summary>A generator seeded explicitly, so every random draw in the suite is reproducible.</summary>
    public static torch.Generator Generator(long seed)
    {
        Initialise();
        return new torch.Generator((ulong)seed);
    }
}
