using Verification.Results;
using Verification.Study;
using Verification.Vocabulary;

namespace Verification.Claims;

// Training and the objective: the phases develop (DISC-5), give way to pudding with longer training (DISC-8), are at rest
// at the end (DISC-9) and are the objective's (LAND-2); conventional training gives no structure (DISC-6).
public static partial class DiscoveryClaims
{
    /// <summary>
    /// DISC-5: over training checkpoints at the lowest beta, double-sided becomes the majority only after
    /// an earlier checkpoint where it was not (the algorithm develops; it is not there from the start).
    /// </summary>
    public static ClaimMeasurement Development(IReadOnlyList<NetworkResult> networks)
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
    public static ClaimMeasurement Displacement(IReadOnlyList<NetworkResult> networks)
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
    public static ClaimMeasurement Stability(IReadOnlyList<NetworkResult> networks)
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
    /// LAND-2: at every landscape beta the sweep has (n = 16), the hypernetwork's majority label is of the family
    /// of the label the objective's lowest-loss model ends with: the phases are the objective's, not a stage.
    /// </summary>
    public static ClaimMeasurement LandscapeAgreement(IReadOnlyList<NetworkResult> networks, Landscape.LandscapeResult? landscape)
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

    /// <summary>DISC-6: the Adam baseline is accurate but has no structure the classifier recognises.</summary>
    public static ClaimMeasurement Baseline(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "conventional training gives accurate, structureless weights";
        const string threshold = "every baseline network passes 2% and is unclassified";
        var baseline = networks.Where(r => r.Source == NetworkSource.Baseline).ToArray();
        if (baseline.Length == 0) return NotRun("DISC-6", title, "no baseline networks in these results", threshold);
        return Result("DISC-6", title, baseline.All(r => r.Check.Pass && r.Algorithm == AlgorithmLabel.Unclassified),
            string.Join("; ", baseline.Select(r => $"seed {r.Seed}: {r.Algorithm}, p99 error {r.Check.P99RelError:P2}")), threshold);
    }
}
