namespace Verification.Training;

/// <summary>
/// The seed of the generator used by one training step, a pure function of (run seed, step): resuming
/// at step s needs no saved random state, and steps never share random numbers.
/// </summary>
public static class StepSeed
{
    public static long Of(long seed, int step) => (long)(Mix((ulong)seed ^ Mix((ulong)step + 0x9E3779B97F4A7C15UL)) >> 1);

    /// <summary>SplitMix64's finaliser: a bijection that spreads nearby inputs over all 64 bits.</summary>
    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
