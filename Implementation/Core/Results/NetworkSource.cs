using System.Text.Json.Serialization;
using Verification.Vocabulary;

namespace Verification.Results;

/// <summary>Where a network of the results comes from, written in results.json as the names below.</summary>
[JsonConverter(typeof(TermJson<NetworkSource>))]
public sealed class NetworkSource : Term<NetworkSource>, ITermSet<NetworkSource>
{
    /// <summary>The final checkpoint.</summary>
    public static readonly NetworkSource Hypernetwork = new("hypernetwork");
    /// <summary>A training-time checkpoint (the network's Step is set).</summary>
    public static readonly NetworkSource Checkpoint = new("checkpoint");
    /// <summary>The same run trained longer (DISC-8).</summary>
    public static readonly NetworkSource Extended = new("extended");
    /// <summary>Trained with Adam, no complexity control.</summary>
    public static readonly NetworkSource Baseline = new("baseline");
    /// <summary>Written by hand from an algorithm's definition.</summary>
    public static readonly NetworkSource HandEncoded = new("hand-encoded");

    public static IReadOnlyList<NetworkSource> All { get; } = [Hypernetwork, Checkpoint, Extended, Baseline, HandEncoded];

    NetworkSource(string name) : base(name) { }

    public static NetworkSource Named(string name) => Terms.Known<NetworkSource>(name) ?? new NetworkSource(name);
}
