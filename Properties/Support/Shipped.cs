using Verification.Claims;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Results;
using Verification.Study;
using Verification.Sweep;
using Verification.Training;
using Verification.Vocabulary;

namespace Verification.Properties.Support;

/// <summary>
/// The shipped hypernetwork and the sweeps the discovery tests share, computed once per test run
/// (each is deterministic, so sharing changes no result).
/// </summary>
public static class Shipped
{
    static readonly Lazy<HypernetworkModel> Model = new(() => HypernetworkFile.Load(ShippedCheckpoints.Shipped));
    static readonly Lazy<TrainingOptions> TrainedWith = new(() => Checkpoint.Load(ShippedCheckpoints.Shipped).Options);
    static readonly Lazy<List<NetworkResult>> PhaseSweep = new(() => Sweep(Grid(25), [Protocol.PhaseDimension]));

    public static HypernetworkModel Hypernetwork => Model.Value;

    public static TrainingOptions Options => TrainedWith.Value;

    /// <summary>n = 16, 25 beta levels x 33 seeds: the data of DISC-1..3.</summary>
    public static IReadOnlyList<NetworkResult> Phases => PhaseSweep.Value;

    public static SweepGrid Grid(int betaLevels) =>
        SweepGrid.Standard(Options.BetaMin, Options.BetaMax, Reproduction.Groups(Options.AllDimensions)) is var grid && betaLevels == grid.Betas.Count
            ? grid
            : grid with { Betas = SweepGrid.LogSpaced(Options.BetaMin, Options.BetaMax, betaLevels) };

    /// <summary>The networks generated at n over the 25 levels with seeds 0..seedsPerBeta-1 whose label satisfies which, with their beta.</summary>
    public static (double Beta, Network Network)[] Labelled(int n, int seedsPerBeta, Func<AlgorithmLabel, bool> which)
    {
        var betas = Grid(25).Betas;
        var seeds = Enumerable.Range(0, seedsPerBeta).Select(s => (long)s).ToArray();
        var perNetwork = betas.SelectMany(b => seeds.Select(_ => b)).ToArray();
        using var batch = NetworkGenerator.GenerateBatch(Hypernetwork, n, perNetwork, betas.SelectMany(_ => seeds).ToArray());
        return batch.Networks.ToNetworks().Select((net, i) => (perNetwork[i], net)).Where(c => which(AlgorithmClassifier.Classify(c.net).Algorithm)).ToArray();
    }

    /// <summary>DISC-9's verdict between a run's checkpoint and a later one, each swept at n = 16 over the 25 levels.</summary>
    public static ClaimMeasurement StabilityBetween(Checkpoint earlier, Checkpoint last) =>
        DiscoveryClaims.Stability([.. Reproduction.PhaseSweep(earlier, NetworkSource.Checkpoint, Grid(25)), .. Reproduction.PhaseSweep(last, NetworkSource.Checkpoint, Grid(25))]);

    public static List<NetworkResult> Sweep(SweepGrid grid, IReadOnlyList<int> dimensions) =>
        SweepRunner.Run(HypernetworkSource.Of(Hypernetwork), NetworkSource.Hypernetwork, null, grid, dimensions);
}
