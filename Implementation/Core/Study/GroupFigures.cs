using Verification.Classifier;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Study;

/// <summary>
/// What a group of networks (a beta level, a complexity bin) amounts to: how many carry each label, the share that
/// pass the check, the median p99 error and purity, the mean KL bits. The report's complexity section and the
/// summary that sweep and reproduce print read these same figures.
/// </summary>
public sealed record GroupFigures(int Networks, IReadOnlyDictionary<AlgorithmLabel, int> Labels, int Puddings, double PassShare,
    double MedianP99RelError, double? MedianPurity, double MeanKlBits)
{
    public int Count(AlgorithmLabel label) => Labels.GetValueOrDefault(label);

    /// <summary>The figures of a group of at least one network.</summary>
    public static GroupFigures Of(IReadOnlyList<NetworkResult> networks)
    {
        var purities = networks.Where(r => r.Purity.HasValue).Select(r => r.Purity!.Value).ToArray();
        return new GroupFigures(networks.Count, networks.GroupBy(r => r.Algorithm).ToDictionary(g => g.Key, g => g.Count()),
            networks.Count(r => r.Algorithm.IsPudding), networks.Count(r => r.Check.Pass) / (double)networks.Count,
            Median.Of(networks.Select(r => r.Check.P99RelError)), purities.Length > 0 ? Median.Of(purities) : null, networks.Average(r => r.KlBits ?? 0));
    }

    /// <summary>The final checkpoint's networks at the phase dimension, by beta level, lowest first.</summary>
    public static (double Beta, NetworkResult[] Networks)[] PhaseLevels(IEnumerable<NetworkResult> networks) =>
        networks.Where(r => r.IsGenerated && r.N == Protocol.PhaseDimension).GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.ToArray())).ToArray();
}
