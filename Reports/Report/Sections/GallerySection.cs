using Verification.Classifier;
using Verification.Networks;
using Verification.Reports.Charts;
using Verification.Results;

namespace Verification.Reports.Sections;

/// <summary>Section 5: for one network of each algorithm, a weight heat map and a force-directed drawing.</summary>
internal static class GallerySection
{
    public static string Render(RunResults results)
    {
        if (results.Gallery.Count == 0)
            return "<section id=\"gallery\"><h2>5. Gallery</h2><p>No gallery networks in these results.</p></section>";
        var figures = results.Gallery.Select(entry =>
        {
            var network = NetworkJson.Parse(entry.Network.ToJsonString(), $"gallery network {entry.Algorithm}");
            var layout = CanonicalLayout.Of(network);
            var caption = $"{entry.Algorithm}: {entry.Source}, n = {network.Inputs}, beta = {(entry.Beta is { } b ? Html.Beta(b) : "none")}, seed {entry.Seed}; classified {layout.Classification.Algorithm}";
            return $"""
                <figure><figcaption>{Html.E(caption)}</figcaption>
                <div class="pair">{WeightHeatMap.Render($"Weights of the {entry.Algorithm} network", network, layout)}{NetworkDrawing.Render($"Drawing of the {entry.Algorithm} network", network, layout)}</div></figure>
                """;
        });
        return $"<section id=\"gallery\"><h2>5. Gallery</h2><p>Edges: blue positive, vermillion negative, width by |weight|; dead neurons left out.</p>{string.Concat(figures)}</section>";
    }
}
