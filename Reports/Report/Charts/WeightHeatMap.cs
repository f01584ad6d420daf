using System.Text;
using Verification.Classifier;
using Verification.Networks;

namespace Verification.Reports.Charts;

/// <summary>Active neurons (rows, canonical order) x inputs (columns, canonical order): blue positive, vermillion negative.</summary>
internal static class WeightHeatMap
{
    public static string Render(string title, Network network, CanonicalLayout layout)
    {
        const int cell = 12, left = 60, top = 24;
        var (rows, columns) = (layout.Neurons.Count, layout.Inputs.Count);
        // Wide enough for the axis notes below even when n is small.
        var width = Math.Max(left + columns * cell + 10, 360);
        var height = top + rows * cell + 44;
        var largest = Math.Max(1e-12, layout.Neurons.SelectMany(p => network.W[p.Index]).Max(Math.Abs));
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"{Html.E(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\"><title>{Html.E(title)}</title>");
        foreach (var (p, r) in layout.Neurons.Select((p, r) => (p, r)))
        {
            svg.Append($"<text x=\"{left - 4}\" y=\"{top + r * cell + 10}\" class=\"tick\" text-anchor=\"end\">{p.Role.ToString().ToLowerInvariant()}</text>");
            foreach (var (i, c) in layout.Inputs.Select((i, c) => (i, c)))
            {
                var w = network.W[p.Index][i];
                var opacity = Math.Sqrt(Math.Abs(w) / largest);
                svg.Append($"<rect x=\"{left + c * cell}\" y=\"{top + r * cell}\" width=\"{cell - 1}\" height=\"{cell - 1}\" fill=\"{(w >= 0 ? Palette.Positive : Palette.Negative)}\" fill-opacity=\"{Html.N(opacity, "F3")}\"><title>{Html.E($"neuron {p.Index}, input {i}: {Html.N(w)}")}</title></rect>");
            }
        }
        svg.Append($"<text x=\"{left}\" y=\"{top - 8}\" class=\"axis\">inputs (canonical order)</text>");
        svg.Append($"<text x=\"{left}\" y=\"{height - 22}\" class=\"axis\">rows: active neurons by role</text>");
        svg.Append($"<text x=\"{left}\" y=\"{height - 8}\" class=\"axis\">colour: sign of W; shade: sqrt(|W| / max |W|)</text></svg>");
        return svg.ToString();
    }
}
