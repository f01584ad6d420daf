using System.Text;
using Verification.Vocabulary;

namespace Verification.Reports.Charts;

/// <summary>A phase diagram: one cell per (column, row) coloured by label, as inline SVG.</summary>
internal static class PhaseGrid
{
    public static string Render(string title, IReadOnlyList<string> columns, IReadOnlyList<string> rows,
        Func<int, int, AlgorithmLabel?> label, string xLabel, string yLabel)
    {
        const int cell = 14, left = 70, top = 10, bottom = 70;
        // Room on the right for the last rotated column label.
        var width = left + columns.Count * cell + 50;
        var height = top + rows.Count * cell + bottom;
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"{Html.E(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{Html.E(title)}</title>");
        for (var c = 0; c < columns.Count; c++)
            for (var r = 0; r < rows.Count; r++)
            {
                var value = label(c, r);
                if (value is null) continue;
                svg.Append($"<rect x=\"{left + c * cell}\" y=\"{top + r * cell}\" width=\"{cell - 1}\" height=\"{cell - 1}\" fill=\"{Palette.Of(value)}\"><title>{Html.E($"{xLabel} {columns[c]}, {yLabel} {rows[r]}: {value}")}</title></rect>");
            }
        for (var r = 0; r < rows.Count; r += Math.Max(1, rows.Count / 8))
            svg.Append($"<text x=\"{left - 4}\" y=\"{top + r * cell + 11}\" class=\"tick\" text-anchor=\"end\">{Html.E(rows[r])}</text>");
        for (var c = 0; c < columns.Count; c += Math.Max(1, columns.Count / 12))
            svg.Append($"<text transform=\"translate({left + c * cell + 4},{top + rows.Count * cell + 6}) rotate(60)\" class=\"tick\">{Html.E(columns[c])}</text>");
        svg.Append($"<text x=\"{left}\" y=\"{height - 4}\" class=\"axis\">{Html.E(xLabel)}</text>");
        svg.Append($"<text transform=\"translate(12,{top + rows.Count * cell / 2}) rotate(-90)\" class=\"axis\" text-anchor=\"middle\">{Html.E(yLabel)}</text></svg>");
        return svg.ToString();
    }
}
