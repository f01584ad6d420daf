using System.Text.Json.Nodes;
using Verification.Checking;
using Verification.Classifier;

namespace Verification.Results;

/// <summary>
/// Everything one run of <c>sweep</c> or <c>reproduce</c> measured, in the <c>l1-results/1</c> format of
/// Spec/results-format.md. The report and the <c>verify</c> gate read only this.
/// </summary>
public sealed record RunResults(
    string Format,
    RunInfo Run,
    SweepSettings Sweep,
    IReadOnlyList<NetworkResult> Networks,
    IReadOnlyList<GalleryEntry> Gallery,
    IReadOnlyList<ClaimResult> Claims)
{
    public const string FormatTag = "l1-results/1";
}

/// <summary>Provenance: what ran, where, with which versions, seeds and checkpoint, and how long it took.</summary>
public sealed record RunInfo(
    string Command,
    string Commit,
    DateTime CreatedUtc,
    MachineInfo Machine,
    IReadOnlyDictionary<string, string> Tools,
    IReadOnlyDictionary<string, double> DurationsSeconds,
    CheckpointInfo? Checkpoint);

public sealed record MachineInfo(string Os, int Cores, double MemoryGiB);

public sealed record CheckpointInfo(string Path, string Sha256, long TrainingSeed, long Steps);

/// <summary>The grid that was swept. Group of a dimension: "trained", "held-out" or "larger".</summary>
public sealed record SweepSettings(
    IReadOnlyList<double> Betas,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<DimensionGroup> Dimensions,
    IReadOnlyList<long> CheckpointSteps,
    double CheckTolerance,
    int CheckSamples,
    long CheckSeed);

public sealed record DimensionGroup(int N, string Group);

/// <summary>
/// One generated (or encoded, or baseline) network and what was measured on it. Source: "hypernetwork"
/// (the final checkpoint), "checkpoint" (a training-time checkpoint, Step set), "baseline" (Adam, no
/// complexity control) or "hand-encoded".
/// </summary>
public sealed record NetworkResult(
    string Source,
    int N,
    double? Beta,
    int Seed,
    long? Step,
    string Algorithm,
    OrderParameters OrderParameters,
    double? KlBits,
    CheckResult Check);

/// <summary>One network of an algorithm kept whole (an l1-mlp/1 object) for the report's pictures.</summary>
public sealed record GalleryEntry(string Algorithm, string Source, double? Beta, int Seed, JsonObject Network)
{
    public static GalleryEntry Of(string algorithm, string source, double? beta, int seed, Networks.Network network) =>
        new(algorithm, source, beta, seed, (JsonObject)JsonNode.Parse(Networks.NetworkJson.Serialize(network))!);
}

/// <summary>
/// A claim's verdict ("pass", "fail" or "not-run"), what was measured (the sweep's figure and/or its tests'
/// tally), the bar it was held to, its tests, its status in Spec/claims.md ("holds" or "open"), and the
/// sweep's own figure kept apart, so that verdicts can be combined again with other test evidence.
/// </summary>
public sealed record ClaimResult(string Id, string Title, string Verdict, string Measured, string Threshold, IReadOnlyList<string> Evidence,
    string Status = Claim.Holds, ClaimFigure? Figure = null)
{
    /// <summary>A failure that fails the gate: an established claim that no longer holds.</summary>
    public bool IsRegression => Verdict == "fail" && Status == Claim.Holds;
}

/// <summary>What a sweep measured for a claim, before any test evidence: its verdict and figure.</summary>
public sealed record ClaimFigure(string Verdict, string Measured);
