using Verification.Errors;
using Verification.Training;

namespace Verification.Study;

/// <summary>
/// Where the shipped hypernetwork lives: Implementation/Checkpoints in the repository, copied by the build next to
/// every program that references Core (l1verify, the tests, the benchmarks), so they find it from any working folder.
/// </summary>
public static class ShippedCheckpoints
{
    static string Folder => Path.Combine(AppContext.BaseDirectory, "Checkpoints");

    public static string Shipped => Path.Combine(Folder, "hypernetwork.l1hyper");

    public static string ShippedTraining => Path.Combine(Folder, "training");

    /// <summary>The shipped run with its fine-tune stage continued to 90,000 steps (DISC-8).</summary>
    public static string Extended => Path.Combine(Folder, "extended", "hypernetwork-120k.l1hyper");

    /// <summary>
    /// The same options trained from scratch with another seed (SEEDS-1): its final checkpoint, or the one 10% of
    /// training earlier (DISC-9's comparison) when step is given.
    /// </summary>
    public static string OtherSeed(long seed, int? step = null) =>
        Path.Combine(Folder, "seeds", step is { } s ? $"seed-{seed}-{Checkpoint.FileName(s)}" : $"seed-{seed}{Checkpoint.Extension}");

    /// <summary>The shipped objective's landscape at n = 16 (LAND-2): which algorithm the objective itself prefers at each beta.</summary>
    public static string Landscape => Path.Combine(Folder, "landscape.json");

    public static string Resolve(string? path)
    {
        var resolved = path ?? Shipped;
        if (Directory.Exists(resolved)) throw new BadInputException($"checkpoint {resolved} is a folder, not a file; name a {Checkpoint.Extension} file in it");
        if (!File.Exists(resolved))
            throw new BadInputException(path is null
                ? $"the shipped checkpoint {resolved} is missing; rebuild, or train one with: l1verify train --out hypernetwork.l1hyper"
                : $"checkpoint {path} does not exist");
        return resolved;
    }
}
