using Verification.Results;
using Verification.Study;

namespace Verification.Sweep;

/// <summary>What a sweep covers: log-spaced beta levels x seeds x input dimensions, and how networks are checked.</summary>
public sealed record SweepGrid(
    IReadOnlyList<double> Betas,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<DimensionGroup> Dimensions,
    int CheckSamples,
    double CheckTolerance,
    long CheckSeed)
{
    /// <summary>
    /// Protocol.BetaLevels levels log-spaced over [betaMin, betaMax], Protocol.PaperSeeds seeds. Sweep checks use 2,000
    /// samples (p99 from 20 samples above it), enough to tell 1% from 2%, at a fifth of the default cost.
    /// </summary>
    public static SweepGrid Standard(double betaMin, double betaMax, IReadOnlyList<DimensionGroup> dimensions) =>
        new(LogSpaced(betaMin, betaMax, Protocol.BetaLevels), Enumerable.Range(0, Protocol.PaperSeeds).ToArray(), dimensions, 2_000, 0.02, 0);

    /// <summary>count values from min to max, equally spaced in log10; a single value is min.</summary>
    public static double[] LogSpaced(double min, double max, int count) =>
        count == 1
            ? [min]
            : Enumerable.Range(0, count).Select(i => Math.Pow(10, Math.Log10(min) + (Math.Log10(max) - Math.Log10(min)) * i / (count - 1))).ToArray();
}
