using System.Text;

namespace Verification.Units;

/// <summary>
/// What a unit's output says about the run it belongs to, so that units of different runs are never merged:
/// its kind of work, its place (Index of Count), a hash of the options that decide its results, the sha256 of the
/// checkpoint it read (empty when it read none) and the suite's commit.
/// </summary>
public sealed record UnitManifest(string Kind, int Index, int Count, string OptionsHash, string CheckpointSha256, string Commit)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public ShardSpec Shard => new(Index, Count);

    /// <summary>The manifest of a unit of this run.</summary>
    public static UnitManifest Of(string kind, ShardSpec shard, string options, string checkpointSha256) =>
        new(kind, shard.Index, shard.Count, Hash(options), checkpointSha256, Results.RunInfoFactory.Commit);

    /// <summary>How a unit's manifest differs from this run's, as the end of a sentence; null when it belongs to this run.</summary>
    public string? Difference(UnitManifest other) =>
        other.Kind != Kind ? $"is a {other.Kind} unit, not a {Kind} unit"
        : other.Count != Count ? $"is one of {other.Count} units, not of {Count}"
        : other.OptionsHash != OptionsHash ? "was run with other options"
        : other.CheckpointSha256 != CheckpointSha256 ? $"read another checkpoint (sha256 {Short(other.CheckpointSha256)}, not {Short(CheckpointSha256)})"
        : other.Commit != Commit ? $"was run by commit {other.Commit}, not {Commit}"
        : null;

    static string Hash(string text) => Files.FileHash.Sha256Of(Encoding.UTF8.GetBytes(text));

    static string Short(string sha) => sha.Length > 12 ? sha[..12] : sha;
}
