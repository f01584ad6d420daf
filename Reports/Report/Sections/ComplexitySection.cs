using Verification.Reports.Charts;
using Verification.Results;

namespace Verification.Reports.Sections;

/// <summary>Section 2: per beta level, and per measured complexity bin, the mix of algorithms and how accurate they are.</summary>
internal static class ComplexitySection
{
    public static string Render(RunResults results)
    {
        var generated = results.Networks.Where(r => r.IsGenerated).ToArray();
        if (generated.Length == 0)
            return "<section id=\"complexity\"><h2>2. Pass rates per complexity level</h2><p>These results hold no hypernetwork networks.</p></section>";
        var n = Study.Protocol.PhaseDimension;
        var atN = generated.Where(r => r.N == n).ToArray();
        var byBeta = atN.GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key).Select(g => (Html.Beta(g.Key), g.ToArray())).ToArray();
        var withBits = atN.Where(r => r.KlBits is > 0).ToArray();
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

    internal static IReadOnlyDictionary<string, int> Counts(IEnumerable<NetworkResult> networks) =>
        networks.GroupBy(r => r.Algorithm).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The columns of Row after its name.</summary>
    internal static readonly string[] RowHeaders = ["networks", "double-sided", "pudding", "convexity", "unclassified", "pass 2%", "median p99 rel. error", "median purity", "mean KL bits"];

    internal static IEnumerable<string> Row(string name, IReadOnlyList<NetworkResult> networks)
    {
        var counts = Counts(networks);
        var p99 = networks.Select(r => r.Check.P99RelError).Order().ToArray();
        var purity = networks.Where(r => r.Purity.HasValue).Select(r => r.Purity!.Value).Order().ToArray();
        return
        [
            name, networks.Count.ToString(), counts.GetValueOrDefault(Classifier.Algorithm.DoubleSided).ToString(),
            networks.Count(r => Classifier.Algorithm.IsPudding(r.Algorithm)).ToString(), counts.GetValueOrDefault(Classifier.Algorithm.Convexity).ToString(),
            counts.GetValueOrDefault(Classifier.Algorithm.Unclassified).ToString(), Html.Percent(networks.Count(r => r.Check.Pass) / (double)networks.Count),
            Html.Percent(p99[p99.Length / 2], 2), purity.Length > 0 ? Html.N(purity[purity.Length / 2], "F3") : "none labelled",
            Html.N(networks.Average(r => r.KlBits ?? 0), "F0"),
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
