using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Verification.Checking;
using Verification.Claims;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Landscape;
using Verification.Results;
using Verification.Training;
using Verification.Vocabulary;

namespace Verification.Properties.Discovery;

/// <summary>
/// What the claim evaluators say, word for word: id, verdict, status, statement, measured figure, bar and evidence
/// of every discovery claim, on made-up results (no network is evaluated: each result is written down with its
/// label, bits and check), once with data for every claim and once with data that leaves each claim not run for
/// another reason. The report and the gate show exactly these texts, so they are pinned in
/// approved/discovery-claims.approved.txt; a change leaves discovery-claims.received.txt beside it to compare.
/// Regenerate after a deliberate change with APPROVE_SNAPSHOTS=1, as for the other approvals.
/// </summary>
public class DiscoveryClaimTextSnapshot
{
    static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "approved");

    internal static NetworkResult Result(string source, int n, double? beta, int seed, long? step, AlgorithmLabel label, double? bits = null, bool pass = true, double r2 = 0.99, double axis = 0.5) =>
        new(NetworkSource.Named(source), n, beta, seed, step, label, new OrderParameters(n, 3 * n, n, axis, 0, 0, 0, 0, 0, 0, 0), null, bits,
            new CheckResult("normal", 100, 0, 0.02, 0.1, 0.05, pass ? 0.02 : 0.4, pass ? 0.01 : 0.3, r2));

    internal static IEnumerable<NetworkResult> Level(string source, int n, double beta, long? step, params AlgorithmLabel[] labels) =>
        labels.Select((label, seed) => Result(source, n, beta, seed, step, label,
            bits: label == AlgorithmLabel.DoubleSided ? 4000 + 10 * seed : label.IsPudding ? 2500 + 10 * seed : 300 + seed,
            pass: label != AlgorithmLabel.Convexity && label != AlgorithmLabel.Unclassified, r2: label == AlgorithmLabel.Convexity ? 0.7 : 0.99, axis: 0.1 * seed + beta * 1000));

    static readonly AlgorithmLabel Ds = AlgorithmLabel.DoubleSided, Pos = AlgorithmLabel.PositivePudding, Neg = AlgorithmLabel.NegativePudding, Mix = AlgorithmLabel.MixedPudding,
        Cvx = AlgorithmLabel.Convexity, None = AlgorithmLabel.Unclassified;

    static readonly double[] Betas = [1e-6, 1e-4, 1e-3, 1e-2];

    /// <summary>Data for every claim: phases by beta, unseen n, checkpoints, an extended run, baselines, a landscape.</summary>
    static IReadOnlyList<NetworkResult> Full() =>
    [
        .. Level("hypernetwork", 16, 1e-6, null, Ds, Ds, Ds, None),
        .. Level("hypernetwork", 16, 1e-4, null, Pos, Neg, Pos, Ds),
        .. Level("hypernetwork", 16, 1e-3, null, Mix, Cvx, Cvx, Pos),
        .. Level("hypernetwork", 16, 1e-2, null, Cvx, Cvx, Cvx, Cvx),
        .. Level("hypernetwork", 5, 1e-6, null, Ds, Ds),
        .. Level("hypernetwork", 32, 1e-6, null, Ds, None),
        .. Level("hypernetwork", 32, 1e-2, null, Cvx, Cvx),
        .. Level("checkpoint", 16, 1e-6, 1000, None, None, Ds),
        .. Level("checkpoint", 16, 1e-2, 1000, Cvx, Cvx, None),
        .. Level("checkpoint", 16, 1e-6, 9000, Ds, Ds, None),
        .. Level("checkpoint", 16, 1e-2, 9000, Cvx, None, None),
        .. Level("checkpoint", 16, 1e-6, 10000, Ds, Ds, Ds),
        .. Level("checkpoint", 16, 1e-2, 10000, Cvx, Cvx, Cvx),
        .. Level("checkpoint", 8, 1e-6, 10000, Cvx),
        .. Level(NetworkSource.Extended.Name, 16, 1e-6, 20000, Ds, Pos, Pos),
        .. Level(NetworkSource.Extended.Name, 16, 1e-4, 20000, Neg, Neg, Ds),
        .. Level(NetworkSource.Extended.Name, 16, 1e-2, 20000, Cvx, Cvx, Cvx),
        Result("baseline", 16, null, 0, null, None, pass: true),
        Result("baseline", 16, null, 1, null, Cvx, pass: false),
        Result("hand-encoded", 16, null, 0, null, Ds, bits: 1),
    ];

    static LandscapeResult Landscape(int n, params AlgorithmLabel[] winners) => Landscape(n, Betas, winners);

    internal static LandscapeResult Landscape(int n, double[] betas, params AlgorithmLabel[] winners) => new(
        new LandscapeOptions(n, betas, 100, 0, Objective.Shipped),
        betas.SelectMany((beta, l) => LandscapeStart.All.Select(start => new LandscapeRow(beta, start, start == winners[l] ? 1 : 2, 0.5, 100, start,
            new OrderParameters(n, 3 * n, 0, 0, 0, 0, 0, 0, 0, 0, 0)))).ToArray(), 1);

    static string Describe(string heading, IReadOnlyList<ClaimMeasurement> measured)
    {
        var text = new StringBuilder($"## {heading}\n");
        foreach (var c in ClaimVerdicts.Of(ClaimCatalog.All, measured))
            text.Append(CultureInfo.InvariantCulture, $"{c.Id} {c.Verdict} ({c.Status}): {c.Title}\n  measured: {c.Measured}\n  bar: {c.Threshold}\n  figure: {c.Figure?.Verdict}: {c.Figure?.Measured}\n  evidence: {string.Join(", ", c.Evidence)}\n");
        return text.ToString();
    }

    static string Text() => string.Concat(
        Describe("every claim has data", DiscoveryClaims.Evaluate(Full(), Landscape(16, Ds, Pos, Cvx, Cvx))),
        Describe("convexity relabelled double-sided, the first checkpoint dropped, the landscape reversed", DiscoveryClaims.Evaluate(
            [.. Full().Where(r => r.Source != NetworkSource.Checkpoint || r.Step != 1000).Select(r => r.Algorithm == Cvx && r.Source != NetworkSource.Baseline ? r with { Algorithm = Ds } : r)],
            Landscape(16, Cvx, Cvx, Ds, Ds))),
        Describe("no data", DiscoveryClaims.Evaluate([])),
        Describe("each claim short of data in another way", DiscoveryClaims.Evaluate(
            [.. Level("hypernetwork", 16, 1e-6, null, Ds, Pos), .. Level("hypernetwork", 16, 1e-4, null, Cvx), .. Level("checkpoint", 16, 1e-6, 5000, Ds)],
            Landscape(16, [3e-5, 3e-3, 3e-2, 3e-1], Ds, Pos, Cvx, Cvx))),
        Describe("a landscape of another n", [DiscoveryClaims.LandscapeAgreement(Full(), Landscape(8, Ds, Pos, Cvx, Cvx))]));

    [Test]
    public void The_claim_texts_match_the_approved_ones()
    {
        var (approved, received) = (Path.Combine(Folder(), "discovery-claims.approved.txt"), Path.Combine(Folder(), "discovery-claims.received.txt"));
        var text = Text();
        if (System.Environment.GetEnvironmentVariable("APPROVE_SNAPSHOTS") == "1") File.WriteAllText(approved, text);
        var matches = File.Exists(approved) && File.ReadAllText(approved) == text;
        if (matches) File.Delete(received);
        else File.WriteAllText(received, text);
        Assert.That(matches, Is.True, $"the claim texts differ from {approved}; compare {received}");
    }
}
