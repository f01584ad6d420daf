namespace Verification.Study;

/// <summary>
/// The study's fixed design, in one place for the sweep, the claims, the report and the command line: which
/// dimensions are swept, where the phase diagram and the gallery are drawn, and how many levels and seeds.
/// </summary>
public static class Protocol
{
    /// <summary>The dimension of the phase diagram and of the discovery claims about it.</summary>
    public const int PhaseDimension = 16;

    /// <summary>Every dimension the final checkpoint is swept at; each is trained, held-out or larger by the checkpoint's options.</summary>
    public static readonly int[] SweepDimensions = [4, 16, 5, 11, 40, 20, 24, 32, 48, 64, 96, 128];

    /// <summary>Where the report draws a hand-encoded network for an algorithm the hypernetwork did not produce.</summary>
    public const int GalleryDimension = 4;

    /// <summary>Beta levels, log-spaced over the checkpoint's trained range.</summary>
    public const int BetaLevels = 25;

    /// <summary>Seeds per beta level, as in the paper.</summary>
    public const int PaperSeeds = 33;

    /// <summary>Adam baselines trained (DISC-6), seeds 0 onward.</summary>
    public const int BaselineSeeds = 3;
}
