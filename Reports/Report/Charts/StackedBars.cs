using System.Text;
using Verification.Vocabulary;

namespace Verification.Reports.Charts;

/// <summary>A stacked bar per category (e.g. per beta): the share of each label, as inline SVG.</summary>
internal static class StackedBars
{
    public static string Render(string title, IReadOnlyList<(string Category, IReadOnlyDictionary<AlgorithmLabel, int> Counts)> bars, string xLabel)
    {
        const int barWidth = 28, gap = 6, height = 220, left = 48, bottom = 70;
        var width = left + bars.Count * (barWidth + gap) + 40;
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"{Html.E(title)}\" width=\"{width}\" height=\"{height + bottom}\" viewBox=\"0 0 {width} {height + bottom}\"><title>{Html.E(title)}</title>");
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = height - tick * height / 4.0;
            svg.Append($"<line x1=\"{left - 4}\" x2=\"{width}\" y1=\"{Html.N(y)}\" y2=\"{Html.N(y)}\" class=\"grid\"/><text x=\"{left - 6}\" y=\"{Html.N(y + 4)}\" class=\"tick\" text-anchor=\"end\">{tick * 25}%</text>");
        }
        foreach (var (bar, k) in bars.Select((b, k) => (b, k)))
        {
            var x = left + k * (barWidth + gap);
            var total = Math.Max(1, bar.Counts.Values.Sum());
            var y = (double)height;
            foreach (var label in Palette.Labels)
            {
                var count = bar.Counts.GetValueOrDefault(label);
                if (count == 0) continue;
                var h = height * count / (double)total;
                y -= h;
                svg.Append($"<rect x=\"{x}\" y=\"{Html.N(y)}\" width=\"{barWidth}\" height=\"{Html.N(h)}\" fill=\"{Palette.Of(label)}\"><title>{Html.E($"{bar.Category}: {count} {label}")}</title></rect>");
            }
            svg.Append($"<text transform=\"translate({x + barWidth / 2 + 4},{height + 8}) rotate(60)\" class=\"tick\">{Html.E(bar.Category)}</text>");
        }
        svg.Append($"<text x=\"{left}\" y=\"{height + bottom - 4}\" class=\"axis\">{Html.E(xLabel)}</text>");
        svg.Append($"<text transform=\"translate(12,{height / 2}) rotate(-90)\" class=\"axis\" text-anchor=\"middle\">share of networks</text></svg>");
        return svg.ToString();
    }
}
