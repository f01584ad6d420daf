using Verification.Hypernetwork;

namespace Verification.Training;

/// <summary>
/// A hypernetwork from a checkpoint file, ready to generate networks: what only generates (sweep, generate, the
/// snapshots) reads a checkpoint here, without a trainer.
/// </summary>
public static class HypernetworkFile
{
    /// <summary>A hypernetwork of the shape and beta range the options train, its weights freshly initialised from their seed.</summary>
    public static HypernetworkModel ShapedFor(TrainingOptions options)
    {
        Torch.Initialise();
        return new HypernetworkModel(new HypernetworkShape(options.Width, options.TokenSize), new BetaScale(options.BetaMin, options.BetaMax),
            Torch.Generator(options.Seed), options.Objective);
    }

    public static HypernetworkModel Load(string checkpointPath) =>
        Checkpoint.NamingTheFile(checkpointPath, () => Load(Checkpoint.Load(checkpointPath)));

    /// <summary>A trained hypernetwork from a checkpoint already read.</summary>
    public static HypernetworkModel Load(Checkpoint checkpoint)
    {
        var hypernetwork = ShapedFor(checkpoint.Options);
        checkpoint.Restore(hypernetwork, null);
        hypernetwork.eval();
        return hypernetwork;
    }
}
