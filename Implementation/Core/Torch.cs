using TorchSharp;

namespace Verification;

/// <summary>One place that prepares TorchSharp for this suite: thread count and default precision.</summary>
public static class Torch
{
    static int initialised;
    /// <summary>The intra-op threads set for this thread; 0 before the first call.</summary>
    [ThreadStatic] static int threadCount;

    /// <summary>
    /// Idempotent. One intra-op thread unless L1VERIFY_THREADS says otherwise: the suite's tensors are small
    /// (a few thousand elements per kernel), where OpenMP's hand-offs cost more than they save, and a
    /// second thread spinning on a busy 2-core machine slows everything else down. The count is set for each
    /// thread that calls this: OpenMP keeps it per thread, and a thread that never set it would use every
    /// core, and could reduce in another order than the thread whose results it must reproduce.
    /// </summary>
    public static void Initialise() => UseThreads(IntraOpThreads);

    /// <summary>Sets this thread's intra-op threads (idempotent for the same count).</summary>
    public static void UseThreads(int count)
    {
        if (Interlocked.Exchange(ref initialised, 1) == 0) NativeHeap.KeepFreedMemory();
        if (threadCount == count) return;
        threadCount = count;
        torch.set_num_threads(count);
    }

    static int IntraOpThreads => Threads(unset: 1);

    /// <summary>
    /// The threads that work split into independent parts (a training step's shards) may run side by side:
    /// L1VERIFY_THREADS, or every core.
    /// </summary>
    public static int Cores => Threads(unset: Environment.ProcessorCount);

    /// <summary>L1VERIFY_THREADS, or the given count when it is unset, never more than the cores.</summary>
    static int Threads(int unset) => Math.Min(EnvironmentSetting.PositiveInt("L1VERIFY_THREADS") ?? unset, Environment.ProcessorCount);

    /// <summary>A generator seeded explicitly, so every random draw in the suite is reproducible. Keeps a thread count already set.</summary>
    public static torch.Generator Generator(long seed)
    {
        if (threadCount == 0) Initialise();
        return new torch.Generator((ulong)seed);
    }
}
