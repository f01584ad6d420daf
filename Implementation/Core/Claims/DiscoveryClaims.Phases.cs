using Verification.Classifier;
using Verification.Results;
using Verification.Study;
using Verification.Vocabulary;

namespace Verification.Claims;

// The phase diagram at n = 16: its three phases (DISC-1), few unclassified levels (DISC-10), both pudding signs (SEED-1), pure labels (PURE-1).
public static partial class DiscoveryClaims
{
    /// <summary>DISC-1: at n = 16, double-sided at the lowest beta, pudding in some band, convexity at the highest.</summary>
    public static ClaimMeasurement Phases(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "three phases by beta at n = 16";
        var threshold = $"lowest beta >= {Percent(PhaseShare)} double-sided; some beta >= {Percent(PuddingShare)} pudding; highest beta >= {Percent(PhaseShare)} convexity";
        var levels = Generated(networks, Protocol.PhaseDimension).GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        if (levels.Length < 3) return NotRun("DISC-1", title, "fewer than three beta levels at n = 16 in these results", threshold);
        var low = Share(levels[0], r => r.Algorithm == AlgorithmLabel.DoubleSided);
        var high = Share(levels[^1], r => r.Algorithm == AlgorithmLabel.Convexity);
        var pudding = levels.Select(level => (beta: level[0].Beta!.Value, share: Share(level, r => r.Algorithm.IsPudding))).MaxBy(p => p.share);
        return Result("DISC-1", title, low >= PhaseShare && pudding.share >= PuddingShare && high >= PhaseShare,
            $"beta {Beta(levels[0][0].Beta!.Value)}: {Percent(low)} double-sided; {(pudding.share > 0 ? $"beta {Beta(pudding.beta)}: {Percent(pudding.share)} pudding" : "no pudding at any beta")}; beta {Beta(levels[^1][0].Beta!.Value)}: {Percent(high)} convexity",
            threshold);
    }

    /// <summary>
    /// DISC-10: the phases fill the beta range: at n = 16 the majority label is unclassified at few levels, so the
    /// phase diagram is made of the paper's algorithms and not of blends between them.
    /// </summary>
    public static ClaimMeasurement Recognised(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "few unclassified levels (n = 16)";
        var threshold = $"unclassified the majority at <= {Percent(UnclassifiedShare)} of the beta levels";
        var majorities = Majority.PerBeta(Generated(networks, Protocol.PhaseDimension));
        if (majorities.Length == 0) return NotRun("DISC-10", title, "no generated networks at n = 16 in these results", threshold);
        var unclassified = majorities.Where(m => m.Label == AlgorithmLabel.Unclassified).Select(m => m.Beta).ToArray();
        return Result("DISC-10", title, unclassified.Length <= UnclassifiedShare * majorities.Length,
            $"unclassified the majority at {unclassified.Length} of {majorities.Length} levels" +
            (unclassified.Length > 0 ? $" ({string.Join(", ", unclassified.Select(Beta))})" : ""), threshold);
    }

    /// <summary>
    /// SEED-1: the noise matters. The task is symmetric under x -> -x, so positive and negative pudding have equal
    /// loss and both should appear wherever pudding does; the measured figure also gives how much the seeds move
    /// the networks (the spread of the axis share across seeds, median over the n = 16 levels).
    /// </summary>
    public static ClaimMeasurement SeedSymmetry(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "the seeds give both pudding signs (n = 16)";
        var threshold = $"each sign >= {Percent(SignShare)} of the pudding networks";
        var generated = Generated(networks, Protocol.PhaseDimension).ToArray();
        var pudding = generated.Where(r => r.Algorithm.IsPudding).ToArray();
        if (pudding.Length == 0) return NotRun("SEED-1", title, "no pudding networks at n = 16 in these results", threshold);
        var positive = Share(pudding, r => r.Algorithm == AlgorithmLabel.PositivePudding);
        var negative = Share(pudding, r => r.Algorithm == AlgorithmLabel.NegativePudding);
        var spreads = generated.GroupBy(r => r.Beta!.Value).Select(g => StandardDeviation(g.Select(r => r.OrderParameters.AxisShare))).ToArray();
        return Result("SEED-1", title, Math.Min(positive, negative) >= SignShare,
            $"{pudding.Length} pudding networks: {Percent(positive)} positive, {Percent(negative)} negative, {Percent(1 - positive - negative)} mixed; " +
            $"spread of the axis share across seeds: median {Median.Of(spreads):G2}, largest {spreads.Max():G2}", threshold);
    }

    /// <summary>
    /// PURE-1: a label is its algorithm, not a blend: every labelled network at n = 16 has its label's canonical
    /// neurons carry at least Purity.Threshold of its contribution. The figure gives each family's share that
    /// does, and its lowest and median purity.
    /// </summary>
    public static ClaimMeasurement Purities(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "labelled networks are pure (n = 16)";
        var threshold = $"every double-sided, pudding and convexity network: purity >= {Purity.Threshold}";
        var labelled = Generated(networks, Protocol.PhaseDimension).Where(r => r.Purity.HasValue).ToArray();
        if (labelled.Length == 0) return NotRun("PURE-1", title, "no labelled networks at n = 16 in these results", threshold);
        var families = labelled.GroupBy(r => r.Algorithm.Family).OrderBy(g => AlgorithmLabel.All.ToList().FindIndex(l => l.Family == g.Key)).Select(g =>
        {
            var purities = g.Select(r => r.Purity!.Value).ToArray();
            return (family: g.Key, pure: Share(g.ToArray(), r => r.Purity >= Purity.Threshold), lowest: purities.Min(), median: Median.Of(purities), count: purities.Length);
        }).ToArray();
        return Result("PURE-1", title, families.All(f => f.pure == 1),
            string.Join("; ", families.Select(f => $"{f.family}: {Percent(f.pure)} of {f.count} pure, purity lowest {f.lowest:F3}, median {f.median:F3}")), threshold);
    }

    static double StandardDeviation(IEnumerable<double> values)
    {
        var list = values.ToArray();
        var mean = list.Average();
        return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / list.Length);
    }
}
