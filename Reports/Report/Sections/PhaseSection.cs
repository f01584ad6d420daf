using Verification.Reports.Charts;
using Verification.Results;
using Verification.Study;

namespace Verification.Reports.Sections;

/// <summary>
/// Section 3: phase diagrams, label by beta x seed, by beta x training step, and by beta for the same run trained
/// longer; and the objective's own phase at each beta (the landscape, LAND-2) beside the hypernetwork's.
/// </summary>
internal static class PhaseSection
{
    public static string Render(RunResults results)
    {
        var n = Protocol.PhaseDimension;
        var generated = results.Networks.Where(r => r.IsGenerated && r.N == n).ToArray();
        var checkpoints = results.Networks.Where(r => r.Source == NetworkSource.Checkpoint && r.N == n && r.Beta.HasValue && r.Step.HasValue).ToArray();
        var seedDiagram = generated.Length == 0 ? "<p>No generated networks at n = 16 in these results.</p>" : BySeed(generated, n);
        var stepDiagram = checkpoints.Length == 0 ? "<p>No training-checkpoint networks in these results.</p>" : ByStep(checkpoints, n);
        var extended = results.Networks.Where(r => r.Source == NetworkSource.Extended && r.N == n && r.Beta.HasValue && r.Step.HasValue).ToArray();
        var extendedDiagram = extended.Length == 0 ? "" :
            $"<h3>The same run trained longer (DISC-8)</h3>{MajorityGrid(extended, $"Majority algorithm by beta, the same run trained longer (DISC-8), n = {n}", "step")}";
        return $"""
            <section id="phases"><h2>3. Phase diagrams (n = {n})</h2>
            {Palette.Legend()}
            <div class="pair">{seedDiagram}{stepDiagram}</div>
            {extendedDiagram}
            {Landscape(results, generated)}
            </section>
            """;
    }

    /// <summary>Per landscape beta: the lowest-loss start, what it became, its lead, and the hypernetwork's majority label there.</summary>
    static string Landscape(RunResults results, NetworkResult[] generated)
    {
        if (results.Landscape is not { } landscape) return "";
        var majority = Majority.PerBeta(generated).ToDictionary(l => l.Beta, l => l.Label);
        var rows = landscape.Winners.Select(w => new[]
        {
            Html.Beta(w.Beta), w.Start.Name, w.Label.Name, Html.Percent(landscape.Lead(w), 1),
            majority.FirstOrDefault(m => Verification.Landscape.LandscapeResult.SameBeta(m.Key, w.Beta)).Value?.Name ?? "not swept",
        });
        var o = landscape.Options;
        return $"""
            <h3>The objective's own phase (landscape, LAND-2)</h3>
            <p>One weight-space model per beta started at each hand-encoded algorithm and trained {o.Steps} Adam steps on the objective ({Html.E(o.Objective.ToString())}, n = {o.N}, seed {o.Seed});
            the lowest converged loss names the algorithm the objective itself prefers there, independent of how the hypernetwork was trained.</p>
            {Html.Table(["beta", "lowest-loss start", "it ends as", "best other family above it", "hypernetwork majority (n = 16)"], rows, "The objective's phase beside the hypernetwork's")}
            """;
    }

    static string BySeed(NetworkResult[] networks, int n)
    {
        var betas = networks.Select(r => r.Beta!.Value).Distinct().Order().ToArray();
        var seeds = networks.Select(r => r.Seed).Distinct().Order().ToArray();
        var label = networks.ToDictionary(r => (r.Beta!.Value, r.Seed), r => r.Algorithm);
        return PhaseGrid.Render($"Algorithm by beta and seed, n = {n}", betas.Select(Html.Beta).ToArray(), seeds.Select(s => s.ToString()).ToArray(),
            (c, r) => label.GetValueOrDefault((betas[c], seeds[r])), "beta", "seed");
    }

    static string ByStep(NetworkResult[] networks, int n)
    {
        var grid = MajorityGrid(networks, $"Majority algorithm by beta and training step, n = {n}", "training step");
        var onsets = PhaseOnset.Of(networks);
        return grid + Html.Table(["algorithm", "first majority at step", "at beta"],
            onsets.Select(o => new[] { o.Label.Name, o.FirstStep.ToString(), string.Join(", ", o.Betas.Order().Select(Html.Beta)) }), "When each phase first appears");
    }

    /// <summary>Each cell: the most common label among the seeds at that beta and training step.</summary>
    static string MajorityGrid(NetworkResult[] networks, string title, string stepAxis)
    {
        var betas = networks.Select(r => r.Beta!.Value).Distinct().Order().ToArray();
        var steps = networks.Select(r => r.Step!.Value).Distinct().Order().ToArray();
        var majority = networks.GroupBy(r => (r.Beta!.Value, r.Step!.Value)).ToDictionary(g => g.Key, g => Majority.Of(g.Select(r => r.Algorithm)));
        return PhaseGrid.Render(title, betas.Select(Html.Beta).ToArray(), steps.Select(s => s.ToString()).ToArray(),
            (c, r) => majority.GetValueOrDefault((betas[c], steps[r])), "beta", stepAxis);
    }
}
