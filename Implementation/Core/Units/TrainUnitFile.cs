namespace Verification.Units;

/// <summary>
/// What one unit of a sharded training wrote once all its seeds were trained (<c>l1-train-unit/1</c>): its manifest,
/// its seeds, each trained in <c>seed-S/</c> of the units folder, and the seconds it spent.
/// </summary>
public sealed record TrainUnitFile(string Format, UnitManifest Manifest, IReadOnlyList<long> Seeds, double Seconds)
{
    public const string FormatTag = "l1-train-unit/1";

    public const string Kind = "train";

    /// <summary>The folder of one seed's run: its checkpoints, and its final checkpoint once trained.</summary>
    public static string SeedFolder(string folder, long seed) => Path.Combine(folder, $"seed-{seed}");

    public static string FinalCheckpoint(string folder, long seed) => Path.Combine(SeedFolder(folder, seed), "hypernetwork.l1hyper");
}
