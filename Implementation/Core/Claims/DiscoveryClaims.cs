using System.Globalization;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Claims;

/// <summary>
/// Turns a sweep's networks into measurements for the discovery claims DISC-1..6, DISC-8..11, SEED-1, LAND-2 and PURE-1 of Spec/claims.md. The
/// thresholds here are the ones the claims state; each verdict carries the measured figure beside it. The figures only:
/// ClaimVerdicts.Of gives them the catalogue's evidence and status. Here are the bars and what the evaluators share; the
/// evaluators, by concern, are in DiscoveryClaims.Phases.cs, DiscoveryClaims.Algorithms.cs and DiscoveryClaims.Training.cs.
/// </summary>
public static partial class DiscoveryClaims
{
    public const double PhaseShare = 0.9;
    public const double PuddingShare = 0.6;
    public const double AccuracyShare = 0.95;
    public const double ConvexityR2 = 0.5;
    public const double GeneralisationShare = 0.9;
    public const double DisplacementShare = 0.4;
    public const double LandscapeShare = 0.8;
    public const double StabilityShare = 0.9;
    public const double SignShare = 0.2;
    public const double UnclassifiedShare = 0.2;

    public static IReadOnlyList<ClaimMeasurement> Evaluate(IReadOnlyList<NetworkResult> networks, Landscape.LandscapeResult? landscape = null) =>
    [
        Phases(networks), Ordering(networks), Accuracy(networks), Generalisation(networks), Development(networks), Baseline(networks),
        Displacement(networks), Stability(networks), SeedSymmetry(networks), LandscapeAgreement(networks, landscape), Purities(networks),
        Recognised(networks), Trends(networks),
    ];

    /// <summary>The networks of a source (by default the final checkpoint) at dimension n.</summary>
    static IEnumerable<NetworkResult> Generated(IEnumerable<NetworkResult> networks, int n, NetworkSource? source = null) =>
        networks.Where(r => r.Source == (source ?? NetworkSource.Hypernetwork) && r.N == n);

    static double Share(IReadOnlyCollection<NetworkResult> networks, Func<NetworkResult, bool> which) =>
        networks.Count == 0 ? 0 : networks.Count(which) / (double)networks.Count;

    static string Percent(double share) => share.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "");

    static string Beta(double beta) => beta.ToString("0.##E+0", CultureInfo.InvariantCulture);

    static ClaimMeasurement Result(string id, string title, bool pass, string measured, string threshold) =>
        new(id, title, threshold, new ClaimFigure(pass ? Verdict.Pass : Verdict.Fail, measured));

    static ClaimMeasurement NotRun(string id, string title, string why, string threshold) =>
        new(id, title, threshold, new ClaimFigure(Verdict.NotRun, why));
}
