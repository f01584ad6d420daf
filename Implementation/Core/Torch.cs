using TorchSharp;

namespace Verification;

/// <summary>One place that prepares TorchSharp for this suite: thread count and default precision.</summary>
public static class Torch
{
    static int initialised;
    [ThreadStatic] static bool threadInitialised;

    /// <summary>
    /// Idempotent. One intra-op thread unless L1VERIFY_THREADS says otherwise: the suite's tensors are small
    /// (a few thousand elements per kernel), where OpenMP's hand-offs cost more than they save, and a
    /// second thread spinning on a busy 2-core machine slows everything else down. The count is set for each
    /// thread that calls this: OpenMP keeps it per thread, and a thread that never set it would use every
    /// core, and could reduce in another order than the thread whose results it must reproduce.
    /// </summary>
    public static void Initialise()
    {
        if (threadInitialised) return;
        threadInitialised = true;
        if (Interlocked.Exchange(ref initialised, 1) == 0) NativeHeap.KeepFreedMemory();
        torch.set_num_threads(Threads);
    }

    static int Threads =>
        Math.Min(EnvironmentSetting.PositiveInt("L1VERIFY_THREADS") ?? 1, Environment.ProcessorCount);

    /// <summary>A generator seeded explicitly, so every random draw in the suite is reproducible.</summary>
    public static torch.Generator Generator(long seed)
    {
        Initialise();
        return new torch.Generator((ulong)seed);
    }
}
