using Verification.Results;

namespace Verification.Reports.Sections;

/// <summary>Section 6: the Adam-trained MLP beside the generated networks.</summary>
internal static class BaselineSection
{
    public static string Render(RunResults results)
    {
        var baseline = results.Networks.Where(r => r.Source == NetworkSource.Baseline).ToArray();
        if (baseline.Length == 0)
            return "<section id=\"baseline\"><h2>6. Baseline</h2><p>No baseline networks in these results.</p></section>";
        var lowest = results.Networks.Where(r => r.IsGenerated && r.N == Study.Protocol.PhaseDimension)
            .GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key).FirstOrDefault()?.ToArray() ?? [];
        var rows = baseline.Select(r => ComplexitySection.Row($"Adam, seed {r.Seed}", [r]))
            .Concat(lowest.Length > 0 ? [ComplexitySection.Row($"hypernetwork, beta {Html.Beta(lowest[0].Beta!.Value)}", lowest)] : []);
        return $"""
            <section id="baseline"><h2>6. Baseline: the same MLP trained with Adam, no complexity control</h2>
            {Html.Table(["source", .. ComplexitySection.RowHeaders], rows, "Baseline beside the generated networks (n = 16)")}
            </section>
            """;
    }
}
