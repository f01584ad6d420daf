using Verification.Checking;
using Verification.Classifier;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Properties.Support;

/// <summary>A small valid results file with networks of every label and a gallery: every field the report and the gate read is present.</summary>
public static class SampleResults
{
    static readonly CheckResult Check = new("normal", 10, 0, 0.02, 0.1, 0.1, 0.01, 0.01, 0.99);
    static readonly OrderParameters Order = new(16, 48, 48, 1, 0, 0, 1, 0, 0, 0, 0);

    /// <summary>levels betas from 1e-6 up by a factor of 10^(1/6), one network of each label per level, at n = 16.</summary>
    public static NetworkResult[] Networks(int levels) =>
        Enumerable.Range(0, levels).SelectMany(level => AlgorithmLabel.All.Select((label, seed) =>
            new NetworkResult(NetworkSource.Hypernetwork, 16, Math.Pow(10, -6 + level / 6.0), seed, null, label, Order, label == AlgorithmLabel.Unclassified ? null : 0.95, 12345, Check))).ToArray();

    public static RunResults Create()
    {
        var networks = Networks(2).Append(new NetworkResult(NetworkSource.Checkpoint, 16, 1e-6, 0, 3000, AlgorithmLabel.DoubleSided, Order, 0.95, 100, Check))
            .Append(new NetworkResult(NetworkSource.Baseline, 16, null, 0, null, AlgorithmLabel.Unclassified, Order, null, null, Check)).ToArray();
        return ClaimOnlyResults.With() with
        {
            Sweep = new SweepSettings([1e-6, Math.Pow(10, -6 + 1 / 6.0)], [0, 1], [new DimensionGroup(16, "trained")], [3000], 0.02, 10, 0),
            Networks = networks,
            Gallery = [GalleryEntry.Of(AlgorithmLabel.DoubleSided, NetworkSource.Hypernetwork, 1e-6, 0, Verification.Algorithms.DoubleSided.Encode(4, 10))],
        };
    }
}
