using TorchSharp;

namespace Verification;

/// <summary>One place that prepares TorchSharp for this suite: thread count and default precision.</summary>
public static class Torch
{
    static int initialised;

    /// <summary>Idempotent. The machines we target have 2 cores; more threads than cores only adds contention.</summary>
    public static void Initialise()
    {
        if (Interlocked.Exchange(ref initialised, 1) == 1) return;
        var threads = Math.Max(1, Math.Min(Environment.ProcessorCount, 2));
        torch.set_num_threads(threads);
    }

    /// <summary>A generator seeded explicitly, so every random draw in the suite is reproducible.</summary>
    public static torch.Generator Generator(long seed)
    {
        Initialise();
        return new torch.Generator((ulong)seed);
    }
}
