using Verification.Study;

namespace Verification.Reports;

/// <summary>
/// One colour per label everywhere in the report, from the Okabe-Ito palette, which stays distinguishable
/// under the common colour-vision deficiencies.
/// </summary>
internal static class Palette
{
    public static readonly IReadOnlyList<string> Labels = Algorithm.All;

    public static string Of(string label) => label switch
    {
        Algorithm.DoubleSided => "#0072B2",
        Algorithm.PositivePudding => "#E69F00",
        Algorithm.NegativePudding => "#D55E00",
        Algorithm.MixedPudding => "#CC79A7",
        Algorithm.Convexity => "#009E73",
        _ => "#999999",
    };

    public const string Positive = "#0072B2";
    public const string Negative = "#D55E00";

    public static string Legend() =>
        "<p class=\"legend\">" + string.Concat(Labels.Select(l => $"<span><i style=\"background:{Of(l)}\"></i>{Html.E(l)}</span>")) + "</p>";
}
