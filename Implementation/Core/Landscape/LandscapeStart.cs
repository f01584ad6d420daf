using Verification.Vocabulary;

namespace Verification.Landscape;

/// <summary>
/// The starts a landscape trains its weight-space models from. Each model stays in the basin it starts in, so a
/// family is only fairly tried when its starts cover where its best network may lie: the verdict at a beta is the
/// lowest loss over all of a family's starts (LandscapeResult), never one start's basin.
/// </summary>
public static class LandscapeStart
{
    public const double K = 8;

    /// <summary>The families a landscape compares, in the order their starts are listed.</summary>
    public static readonly IReadOnlyList<AlgorithmLabel> All =
        [AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding, AlgorithmLabel.NegativePudding, AlgorithmLabel.Convexity];

    /// <summary>Kink sharpnesses of the fair double-sided starts: the low betas' optimum is sharp, the high betas' soft.</summary>
    public static readonly IReadOnlyList<double> Sharpnesses = [4, 8, 16, 32];

    /// <summary>Quantiles of the input scale r that the fair pudding starts keep their dense neuron linear out to.</summary>
    public static readonly IReadOnlyList<double> ReachQuantiles = [0, 0.5, 0.9, 1];

    /// <summary>
    /// One start per family: kinks of sharpness k = 8 and a pudding neuron with B = 3 sqrt(n) r_max (linear out to
    /// three standard deviations of sum_i x_i at the largest input scale). A landscape file without a list of starts
    /// was trained from these.
    /// </summary>
    public static IReadOnlyList<StartPoint> Single(int n, Hypernetwork.Objective objective) =>
        All.Select(label => new StartPoint(label, K, label.Family == AlgorithmFamily.Pudding ? 3 * Math.Sqrt(n) * objective.Scale.Max : null)).ToArray();

    /// <summary>
    /// Starts that try every family fairly under any input law: double-sided at each of Sharpnesses, each pudding
    /// sign with its dense neuron linear out to three standard deviations of sum_i x_i at each of ReachQuantiles of
    /// the scale law (B = 3 + 3 sqrt(n) r_q, s = 1: a neuron that covers only the small scales is cheap, one that
    /// covers all of them is right everywhere), and convexity.
    /// </summary>
    public static IReadOnlyList<StartPoint> Fair(int n, Hypernetwork.Objective objective)
    {
        var reaches = ReachQuantiles.Select(q => objective.Scale.Quantile(q)).Distinct().ToArray();
        return
        [
            .. Sharpnesses.Select(k => new StartPoint(AlgorithmLabel.DoubleSided, k)),
            .. new[] { AlgorithmLabel.PositivePudding, AlgorithmLabel.NegativePudding }
                .SelectMany(sign => reaches.Select(r => new StartPoint(sign, K, 3 + 3 * Math.Sqrt(n) * r, 1))),
            new StartPoint(AlgorithmLabel.Convexity, K),
        ];
    }
}
