using Verification.Results;

namespace Verification.Units;

/// <summary>
/// What one unit of a sharded sweep wrote (<c>l1-sweep-unit/1</c>): its manifest, its jobs' seconds per stage and
/// its wall time, and each job's networks in the slot of results.json they fill, with the step of a training checkpoint.
/// </summary>
public sealed record SweepUnitFile(string Format, UnitManifest Manifest, IReadOnlyDictionary<string, double> Seconds, double WallSeconds, IReadOnlyList<SweepUnitFile.Slot> Slots)
{
    public const string FormatTag = "l1-sweep-unit/1";

    public sealed record Slot(int Index, long? Step, IReadOnlyList<NetworkResult> Networks);
}
