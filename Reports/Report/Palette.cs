using Verification.Vocabulary;

namespace Verification.Reports;

/// <summary>
/// One colour per label everywhere in the report, from the Okabe-Ito palette, which stays distinguishable
/// under the common colour-vision deficiencies.
/// </summary>
internal static class Palette
{
    public static readonly IReadOnlyList<AlgorithmLabel> Labels = AlgorithmLabel.All;

    static readonly IReadOnlyDictionary<AlgorithmLabel, string> Colours = new Dictionary<AlgorithmLabel, string>
    {
        [AlgorithmLabel.DoubleSided] = "#0072B2",
        [AlgorithmLabel.PositivePudding] = "#E69F00",
        [AlgorithmLabel.NegativePudding] = "#D55E00",
        [AlgorithmLabel.MixedPudding] = "#CC79A7",
        [AlgorithmLabel.Convexity] = "#009E73",
    };

    public static string Of(AlgorithmLabel label) => Colours.GetValueOrDefault(label, "#999999");

    public const string Positive = "#0072B2";
    public const string Negative = "#D55E00";

    public static string Legend() =>
        "<p class=\"legend\">" + string.Concat(Labels.Select(l => $"<span><i style=\"background:{Of(l)}\"></i>{Html.E(l.Name)}</span>")) + "</p>";
}
