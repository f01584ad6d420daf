using Verification.Reports.Charts;
using Verification.Results;
using Verification.Study;
using Verification.Vocabulary;

namespace Verification.Reports.Sections;

/// <summary>Section 2: per beta level, and per measured complexity bin, the mix of algorithms and how accurate they are.</summary>
internal static class ComplexitySection
{
    public static string Render(RunResults results)
    {
        var generated = results.Networks.Where(r => r.IsGenerated).ToArray();
        if (generated.Length == 0)
            return "<section id=\"complexity\"><h2>2. Pass rates per complexity level</h2><p>These results hold no hypernetwork networks.</p></section>";
        var n = Protocol.PhaseDimension;
        var levels = GroupFigures.PhaseLevels(generated);
        var byBeta = levels.Select(l => (Html.Beta(l.Beta), l.Networks)).ToArray();
        var withBits = generated.Where(r => r.N == n && r.KlBits is > 0).ToArray();
        var byBits = Bins(withBits);
        return $"""
            <section id="complexity"><h2>2. Pass rates per complexity level (n = {n})</h2>
            {Palette.Legend()}
            <div class="pair">{StackedBars.Render($"Algorithms by beta at n = {n}", byBeta.Select(b => (b.Item1, Counts(b.Item2))).ToArray(), "beta (complexity weight)")}
            {Html.Table(["beta", .. RowHeaders], byBeta.Select(b => Row(b.Item1, b.Item2)), $"Per beta level at n = {n}")}</div>
            <h3>By measured complexity (KL bits)</h3>
            <div class="pair">{StackedBars.Render($"Algorithms by measured complexity at n = {n}", byBits.Select(b => (b.Name, Counts(b.Networks))).ToArray(), "KL bits (log-spaced bins)")}
            {Html.Table(["KL bits", .. RowHeaders], byBits.Select(b => Row(b.Name, b.Networks)), $"Per complexity bin at n = {n}")}</div>
            </section>
            """;
    }

    internal static IReadOnlyDictionary<AlgorithmLabel, int> Counts(IReadOnlyList<NetworkResult> networks) => GroupFigures.Of(networks).Labels;

    /// <summary>The columns of Row after its name.</summary>
    internal static readonly string[] RowHeaders = ["networks", "double-sided", "pudding", "convexity", "unclassified", "pass 2%", "median p99 rel. error", "median purity", "mean KL bits"];

    internal static IEnumerable<string> Row(string name, IReadOnlyList<NetworkResult> networks)
    {
        var figures = GroupFigures.Of(networks);
        return
        [
            name, figures.Networks.ToString(), figures.Count(AlgorithmLabel.DoubleSided).ToString(), figures.Puddings.ToString(),
            figures.Count(AlgorithmLabel.Convexity).ToString(), figures.Count(AlgorithmLabel.Unclassified).ToString(), Html.Percent(figures.PassShare),
            Html.Percent(figures.MedianP99RelError, 2), figures.MedianPurity is { } purity ? Html.N(purity, "F3") : "none labelled",
            Html.N(figures.MeanKlBits, "F0"),
        ];
    }

    /// <summary>Ten bins equally spaced in log(bits) between the smallest and largest complexity seen.</summary>
    static (string Name, NetworkResult[] Networks)[] Bins(NetworkResult[] networks)
    {
        if (networks.Length == 0) return [];
        var (low, high) = (Math.Log10(networks.Min(r => r.KlBits!.Value)), Math.Log10(networks.Max(r => r.KlBits!.Value)) + 1e-9);
        const int count = 10;
        return Enumerable.Range(0, count).Select(k =>
        {
            var (from, to) = (low + (high - low) * k / count, low + (high - low) * (k + 1) / count);
            var members = networks.Where(r => Math.Log10(r.KlBits!.Value) >= from && Math.Log10(r.KlBits!.Value) < to).ToArray();
            return ($"{Html.N(Math.Pow(10, from), "F0")}-{Html.N(Math.Pow(10, to), "F0")}", members);
        }).Where(b => b.members.Length > 0).ToArray();
    }
}
