using System.Globalization;
using Verification.Claims;
using Verification.Classifier;
using Verification.Results;
using Verification.Study;

namespace Verification.Sweep;

/// <summary>
/// Turns a sweep's networks into verdicts for the discovery claims DISC-1..6, DISC-8..11, SEED-1, LAND-2 and PURE-1 of Spec/claims.md. The
/// thresholds here are the ones the claims state; each verdict carries the measured figure beside it.
/// </summary>
public static class DiscoveryClaims
{
    public const double PhaseShare = 0.9;
    public const double PuddingShare = 0.6;
    public const double AccuracyShare = 0.95;
    public const double ConvexityR2 = 0.5;
    public const double GeneralisationShare = 0.9;
    public const double DisplacementShare = 0.4;
    public const double LandscapeShare = 0.8;
    public const double StabilityShare = 0.9;
    public const double SignShare = 0.2;
    public const double UnclassifiedShare = 0.2;

    public static IReadOnlyList<ClaimResult> Evaluate(IReadOnlyList<NetworkResult> networks, Landscape.LandscapeResult? landscape = null) =>
    [
        Phases(networks), Ordering(networks), Accuracy(networks), Generalisation(networks), Development(networks), Baseline(networks),
        Displacement(networks), Stability(networks), SeedSymmetry(networks), LandscapeAgreement(networks, landscape), Purities(networks),
        Recognised(networks), Trends(networks),
    ];

    /// <summary>The networks of a source (by default the final checkpoint) at dimension n.</summary>
    static IEnumerable<NetworkResult> Generated(IEnumerable<NetworkResult> networks, int n, NetworkSource? source = null) =>
        networks.Where(r => r.Source == (source ?? NetworkSource.Hypernetwork) && r.N == n);

    static double Share(IReadOnlyCollection<NetworkResult> networks, Func<NetworkResult, bool> which) =>
        networks.Count == 0 ? 0 : networks.Count(which) / (double)networks.Count;

    static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "");

    static string Beta(double beta) => beta.ToString("0.##E+0", CultureInfo.InvariantCulture);

    static ClaimResult Result(string id, string title, bool pass, string measured, string threshold) =>
        new(id, title, pass ? Verdict.Pass : Verdict.Fail, measured, threshold, Evidence(id), Status(id), new ClaimFigure(pass ? Verdict.Pass : Verdict.Fail, measured));

    static ClaimResult NotRun(string id, string title, string why, string threshold) =>
        new(id, title, Verdict.NotRun, why, threshold, Evidence(id), Status(id), new ClaimFigure(Verdict.NotRun, why));

    static IReadOnlyList<string> Evidence(string id) => ClaimCatalog.All.FirstOrDefault(c => c.Id == id)?.Evidence ?? [];

    static ClaimStatus Status(string id) => ClaimCatalog.All.FirstOrDefault(c => c.Id == id)?.Status ?? ClaimStatus.Holds;

    /// <summary>
    /// LAND-2: at every landscape beta the sweep has (n = 16), the hypernetwork's majority label is of the family
    /// of the label the objective's lowest-loss model ends with: the phases are the objective's, not a stage.
    /// </summary>
    public static ClaimResult LandscapeAgreement(IReadOnlyList<NetworkResult> networks, Landscape.LandscapeResult? landscape)
    {
        const string title = "the hypernetwork's phases are the objective's (n = 16)";
        var threshold = $"majority family equals the landscape's at >= {Percent(LandscapeShare)} of its betas";
        if (landscape is null || landscape.Options.N != Protocol.PhaseDimension)
            return NotRun("LAND-2", title, "no n = 16 landscape in these results", threshold);
        var compared = Compare(landscape, networks, NetworkSource.Hypernetwork);
        if (compared.Length == 0) return NotRun("LAND-2", title, "no swept beta at n = 16 matches a landscape beta", threshold);
        var agree = compared.Count(c => c.Objective == c.Generated);
        var differ = compared.Where(c => c.Objective != c.Generated).Select(c => $"{Beta(c.Beta)}: {c.Objective} vs {c.Generated}");
        var share = agree / (double)compared.Length;
        // The same run trained longer (DISC-8), when present: does longer training move toward the objective's phases?
        var extended = Compare(landscape, networks, NetworkSource.Extended);
        var longer = extended.Length == 0 ? "" : $"; the same run trained longer: {extended.Count(c => c.Objective == c.Generated)} of {extended.Length}";
        return Result("LAND-2", title, share >= LandscapeShare,
            $"{agree} of {compared.Length} landscape betas agree{(agree < compared.Length ? $" (objective vs hypernetwork: {string.Join("; ", differ)})" : "")}{longer}", threshold);
    }

    /// <summary>At each landscape beta the source swept at n = 16: the family of the lowest-loss model's label and the source's majority family.</summary>
    static (double Beta, AlgorithmFamily Objective, AlgorithmFamily Generated)[] Compare(Landscape.LandscapeResult landscape, IReadOnlyList<NetworkResult> networks, NetworkSource source)
    {
        var levels = Majority.PerBeta(Generated(networks, Protocol.PhaseDimension, source), l => l.Family).ToDictionary(l => l.Beta, l => l.Label);
        return landscape.Winners.Select(w => (w.Beta, Objective: w.Label.Family, Generated: levels.FirstOrDefault(l => Landscape.LandscapeResult.SameBeta(l.Key, w.Beta)).Value))
            .Where(c => c.Generated is not null).Select(c => (c.Beta, c.Objective, c.Generated!)).ToArray();
    }

    /// <summary>DISC-1: at n = 16, double-sided at the lowest beta, pudding in some band, convexity at the highest.</summary>
    public static ClaimResult Phases(IReadOnlyList<NetworkResult> networks)
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
    public static ClaimResult Recognised(IReadOnlyList<NetworkResult> networks)
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
    /// DISC-11: accuracy follows beta as the algorithms' theory says: the median p99 error of double-sided networks
    /// does not rise as beta falls and passes the check at the lowest double-sided level; convexity networks all
    /// fail the check, and their median R^2 does not fall as beta falls.
    /// </summary>
    public static ClaimResult Trends(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "accuracy follows beta (n = 16)";
        var threshold = $"double-sided median p99 non-decreasing in beta and within the check at its lowest beta; convexity: none passes, median R^2 non-increasing in beta";
        var generated = Generated(networks, Protocol.PhaseDimension).ToArray();
        (double Beta, double Value)[] PerLevel(AlgorithmLabel label, Func<NetworkResult, double> value) =>
            generated.Where(r => r.Algorithm == label).GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key)
                .Select(g => (g.Key, Median.Of(g.Select(value)))).ToArray();
        var errors = PerLevel(AlgorithmLabel.DoubleSided, r => r.Check.P99RelError);
        var fits = PerLevel(AlgorithmLabel.Convexity, r => r.Check.R2);
        if (errors.Length < 2 || fits.Length == 0) return NotRun("DISC-11", title, "fewer than two double-sided levels or no convexity level at n = 16", threshold);
        var convexity = generated.Where(r => r.Algorithm == AlgorithmLabel.Convexity).ToArray();
        var errorsRise = errors.Zip(errors.Skip(1)).All(p => p.First.Value <= p.Second.Value);
        var fitsFall = fits.Zip(fits.Skip(1)).All(p => p.First.Value >= p.Second.Value);
        var lowestPasses = errors[0].Value <= generated[0].Check.Tolerance;
        static string Series((double Beta, double Value)[] levels, Func<double, string> format) => string.Join(", ", levels.Select(l => $"{Beta(l.Beta)}: {format(l.Value)}"));
        return Result("DISC-11", title, errorsRise && lowestPasses && fitsFall && convexity.All(r => !r.Check.Pass),
            $"double-sided median p99 {Series(errors, e => (100 * e).ToString("F2", CultureInfo.InvariantCulture) + "%")}; convexity median R^2 {Series(fits, f => f.ToString("F3", CultureInfo.InvariantCulture))}, {convexity.Count(r => r.Check.Pass)} of {convexity.Length} pass", threshold);
    }

    /// <summary>DISC-2: mean KL bits of double-sided &gt; pudding &gt; convexity networks (n = 16).</summary>
    public static ClaimResult Ordering(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "complexity ordering of the algorithms";
        const string threshold = "mean KL bits: double-sided > pudding > convexity";
        var generated = Generated(networks, Protocol.PhaseDimension).Where(r => r.KlBits.HasValue).ToArray();
        double? Mean(Func<AlgorithmLabel, bool> label) =>
            generated.Where(r => label(r.Algorithm)).Select(r => r.KlBits!.Value).DefaultIfEmpty(double.NaN).Average() is var m && double.IsNaN(m) ? null : m;
        if (generated.Length == 0) return NotRun("DISC-2", title, "no generated networks at n = 16 in these results", threshold);
        var (ds, pudding, convexity) = (Mean(l => l == AlgorithmLabel.DoubleSided), Mean(l => l.IsPudding), Mean(l => l == AlgorithmLabel.Convexity));
        static string Bits(double? mean) => mean is { } m ? $"{m:F0} bits" : "absent";
        // An algorithm that never appears cannot take its place in the order: the claim fails, it is not skipped.
        return Result("DISC-2", title, ds > pudding && pudding > convexity,
            $"double-sided {Bits(ds)}, pudding {Bits(pudding)}, convexity {Bits(convexity)}", threshold);
    }

    /// <summary>DISC-3: double-sided and pudding pass the 2% check; convexity reaches R^2 >= 0.5 but fails 2%.</summary>
    public static ClaimResult Accuracy(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "accuracy of each algorithm";
        var threshold = $">= {Percent(AccuracyShare)} of double-sided and pudding pass 2%; >= {Percent(AccuracyShare)} of convexity have R^2 >= {ConvexityR2} and fail 2%";
        var generated = Generated(networks, Protocol.PhaseDimension).ToArray();
        var exact = generated.Where(r => r.Algorithm == AlgorithmLabel.DoubleSided || r.Algorithm.IsPudding).ToArray();
        var convex = generated.Where(r => r.Algorithm == AlgorithmLabel.Convexity).ToArray();
        if (exact.Length == 0 || convex.Length == 0)
            return NotRun("DISC-3", title, "no double-sided/pudding or no convexity networks at n = 16", threshold);
        var exactPass = Share(exact, r => r.Check.Pass);
        var convexLoose = Share(convex, r => r.Check.R2 >= ConvexityR2 && !r.Check.Pass);
        return Result("DISC-3", title, exactPass >= AccuracyShare && convexLoose >= AccuracyShare,
            $"{Percent(exactPass)} of {exact.Length} double-sided/pudding pass; {Percent(convexLoose)} of {convex.Length} convexity have R^2 >= {ConvexityR2} and fail", threshold);
    }

    /// <summary>DISC-4: at the lowest beta, every swept n but the phase dimension (trained, held-out and larger) is double-sided and passes the check.</summary>
    public static ClaimResult Generalisation(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "systematic generalisation across n";
        var threshold = $"at the lowest beta, for every swept n other than 16: >= {Percent(GeneralisationShare)} double-sided and >= {Percent(GeneralisationShare)} pass";
        var generated = networks.Where(r => r.IsGenerated).ToArray();
        if (generated.Length == 0) return NotRun("DISC-4", title, "no generated networks in these results", threshold);
        var lowest = generated.Min(r => r.Beta!.Value);
        var perN = generated.Where(r => r.Beta == lowest && r.N != Protocol.PhaseDimension).GroupBy(r => r.N).OrderBy(g => g.Key)
            .Select(g => (n: g.Key, ds: Share(g.ToArray(), r => r.Algorithm == AlgorithmLabel.DoubleSided), pass: Share(g.ToArray(), r => r.Check.Pass))).ToArray();
        if (perN.Length == 0) return NotRun("DISC-4", title, "no dimension other than 16 in these results", threshold);
        return Result("DISC-4", title, perN.All(p => p.ds >= GeneralisationShare && p.pass >= GeneralisationShare),
            string.Join("; ", perN.Select(p => $"n={p.n}: {Percent(p.ds)} ds, {Percent(p.pass)} pass")), threshold);
    }

    /// <summary>
    /// DISC-5: over training checkpoints at the lowest beta, double-sided becomes the majority only after
    /// an earlier checkpoint where it was not (the algorithm develops; it is not there from the start).
    /// </summary>
    public static ClaimResult Development(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "phases develop during training";
        const string threshold = "at the lowest beta: a checkpoint without a double-sided majority precedes one with it, and the final one has it";
        var checkpoints = networks.Where(r => r.Source == NetworkSource.Checkpoint && r.N == Protocol.PhaseDimension && r.Step.HasValue).ToArray();
        if (checkpoints.Length == 0) return NotRun("DISC-5", title, "no training-checkpoint networks in these results", threshold);
        var onsets = PhaseOnset.Of(checkpoints);
        var lowest = checkpoints.Min(r => r.Beta!.Value);
        var majorities = checkpoints.Where(r => r.Beta == lowest).GroupBy(r => r.Step!.Value).OrderBy(g => g.Key)
            .Select(g => (step: g.Key, label: Majority.Of(g.Select(r => r.Algorithm)))).ToArray();
        var firstDs = Array.FindIndex(majorities, m => m.label == AlgorithmLabel.DoubleSided);
        var pass = firstDs > 0 && majorities[^1].label == AlgorithmLabel.DoubleSided;
        var sequence = string.Join(" -> ", majorities.Select(m => m.label).Where((label, i) => i == 0 || label != majorities[i - 1].label));
        var measured = $"lowest beta {Beta(lowest)}: {sequence}; onsets (first majority step): " +
            string.Join("; ", onsets.Select(o => $"{o.Label} {o.FirstStep}{(o.Betas.Length > 0 ? $" (beta {Beta(o.Betas.Min())}..{Beta(o.Betas.Max())})" : "")}"));
        return Result("DISC-5", title, pass, measured, threshold);
    }

    /// <summary>
    /// DISC-8, on the extended run (the shipped run with a longer fine-tune): pudding is the majority at a large
    /// share of the beta levels at n = 16, and double-sided at none.
    /// </summary>
    public static ClaimResult Displacement(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "pudding displaces double-sided with longer training";
        var threshold = $"at n = 16: pudding the majority at >= {Percent(DisplacementShare)} of the beta levels, double-sided at none";
        var majorities = Majority.PerBeta(Generated(networks, Protocol.PhaseDimension, NetworkSource.Extended), l => l.Family);
        if (majorities.Length == 0) return NotRun("DISC-8", title, "no extended-run networks at n = 16 in these results", threshold);
        var pudding = majorities.Where(m => m.Label == AlgorithmFamily.Pudding).ToArray();
        var doubleSided = majorities.Count(m => m.Label == AlgorithmFamily.DoubleSided);
        var share = pudding.Length / (double)majorities.Length;
        return Result("DISC-8", title, share >= DisplacementShare && doubleSided == 0,
            $"pudding the majority at {pudding.Length} of {majorities.Length} levels{(pudding.Length > 0 ? $" (beta {Beta(pudding[0].Beta)}..{Beta(pudding[^1].Beta)})" : "")}; double-sided at {doubleSided}",
            threshold);
    }

    /// <summary>
    /// DISC-9: the phases are at rest, not a passing stage: at n = 16 the majority family per beta of the last
    /// training checkpoint equals that of the checkpoint nearest 10% of training earlier, at most levels.
    /// </summary>
    public static ClaimResult Stability(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "the phases are at rest at the end of training (n = 16)";
        var threshold = $"majority family per beta unchanged over the last 10% of training at >= {Percent(StabilityShare)} of the levels";
        var checkpoints = networks.Where(r => r.Source == NetworkSource.Checkpoint && r.N == Protocol.PhaseDimension && r.Beta.HasValue && r.Step.HasValue).ToArray();
        var steps = checkpoints.Select(r => r.Step!.Value).Distinct().ToArray();
        if (steps.Length < 2) return NotRun("DISC-9", title, "fewer than two training checkpoints at n = 16 in these results", threshold);
        var last = steps.Max();
        var earlier = steps.Where(s => s < last).MinBy(s => Math.Abs(s - 0.9 * last));
        Dictionary<double, AlgorithmFamily> Phases(long step) =>
            Majority.PerBeta(checkpoints.Where(r => r.Step == step), l => l.Family).ToDictionary(l => l.Beta, l => l.Label);
        var (before, after) = (Phases(earlier), Phases(last));
        var levels = after.Keys.Intersect(before.Keys).Order().ToArray();
        var changed = levels.Where(b => before[b] != after[b]).ToArray();
        var share = 1 - changed.Length / (double)levels.Length;
        return Result("DISC-9", title, share >= StabilityShare,
            $"step {earlier} -> {last}: {levels.Length - changed.Length} of {levels.Length} levels unchanged" +
            (changed.Length > 0 ? $" (changed: {string.Join("; ", changed.Select(b => $"{Beta(b)} {before[b]} -> {after[b]}"))})" : ""), threshold);
    }

    /// <summary>
    /// SEED-1: the noise matters. The task is symmetric under x -> -x, so positive and negative pudding have equal
    /// loss and both should appear wherever pudding does; the measured figure also gives how much the seeds move
    /// the networks (the spread of the axis share across seeds, median over the n = 16 levels).
    /// </summary>
    public static ClaimResult SeedSymmetry(IReadOnlyList<NetworkResult> networks)
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
    public static ClaimResult Purities(IReadOnlyList<NetworkResult> networks)
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

    /// <summary>DISC-6: the Adam baseline is accurate but has no structure the classifier recognises.</summary>
    public static ClaimResult Baseline(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "conventional training gives accurate, structureless weights";
        const string threshold = "every baseline network passes 2% and is unclassified";
        var baseline = networks.Where(r => r.Source == NetworkSource.Baseline).ToArray();
        if (baseline.Length == 0) return NotRun("DISC-6", title, "no baseline networks in these results", threshold);
        return Result("DISC-6", title, baseline.All(r => r.Check.Pass && r.Algorithm == AlgorithmLabel.Unclassified),
            string.Join("; ", baseline.Select(r => $"seed {r.Seed}: {r.Algorithm}, p99 error {r.Check.P99RelError:P2}")), threshold);
    }
}
