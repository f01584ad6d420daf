using Verification.Results;

namespace Verification.Reports.Sections;

/// <summary>Section 4: pass rate and labels per input dimension, trained versus held-out versus larger.</summary>
internal static class GeneralisationSection
{
    public static string Render(RunResults results)
    {
        var generated = results.Networks.Where(r => r.IsGenerated).ToArray();
        if (generated.Length == 0)
            return "<section id=\"generalisation\"><h2>4. Generalisation</h2><p>No generated networks in these results.</p></section>";
        var lowest = generated.Min(r => r.Beta!.Value);
        var groups = results.Sweep.Dimensions.ToDictionary(d => d.N, d => d.Group);
        IEnumerable<IEnumerable<string>> Rows(Func<NetworkResult, bool> which) =>
            generated.Where(which).GroupBy(r => r.N).OrderBy(g => g.Key)
                .Select(g => ComplexitySection.Row(g.Key.ToString(), g.ToArray()).Prepend(groups.GetValueOrDefault(g.Key, "?")));
        string[] headers = ["group", "n", .. ComplexitySection.RowHeaders];
        return $"""
            <section id="generalisation"><h2>4. Generalisation across input dimension</h2>
            <p>Trained: dimensions seen in training; held-out: inside the trained range, never seen; larger: beyond it.</p>
            {Html.Table(headers, Rows(r => r.Beta == lowest), $"At the lowest beta ({Html.Beta(lowest)})")}
            {Html.Table(headers, Rows(_ => true), "Over all beta levels")}
            </section>
            """;
    }
}
