using Verification.Baseline;
using Verification.Hypernetwork;
using Verification.Results;
using Verification.Study;
using Verification.Training;

namespace Verification.Sweep;

/// <summary>
/// The work of a run after loading, as independent jobs with a slot each for their networks: the sweep at each
/// n, each training checkpoint at n = 16, the extended run and the Adam baselines, as far as the plan asks for
/// them. Each job loads its own hypernetwork, so no two threads share one. Jobs are listed longest first, the
/// baselines (one training) and then the sweep from its largest n, so that two threads end close together;
/// <see cref="Networks"/> gives the results back in results.json's order, whatever order the jobs ran in.
/// </summary>
public sealed class ReproductionStages
{
    public const string Sweep = "sweep", CheckpointSweep = "checkpointSweep", Extended = "extended", Baseline = "baseline";

    readonly List<NetworkResult>[] sweep;
    readonly List<NetworkResult>[] atCheckpoints;
    readonly long[] steps;
    List<NetworkResult> extended = [];
    List<NetworkResult> baselines = [];
    readonly Dictionary<string, int> totals = [];
    readonly Dictionary<ConcurrentJobs.Job, int> units = [];
    readonly List<ConcurrentJobs.Job> jobs = [];

    public ReproductionStages(Reproduction.Plan plan, Checkpoint final, SweepGrid grid)
    {
        var networksPerN = grid.Betas.Count * grid.Seeds.Count;
        var dimensions = grid.Dimensions.Select(d => d.N).ToArray();
        sweep = new List<NetworkResult>[dimensions.Length];
        atCheckpoints = new List<NetworkResult>[plan.TrainingCheckpoints.Count];
        steps = new long[plan.TrainingCheckpoints.Count];

        if (plan.Baseline)
            Add(Baseline, Protocol.BaselineSeeds, () => baselines = Baselines(grid));
        foreach (var k in Enumerable.Range(0, dimensions.Length).OrderByDescending(k => dimensions[k]))
            Add(Sweep, networksPerN, () => sweep[k] = SweepAt(final, grid, dimensions[k]));
        foreach (var (path, k) in plan.TrainingCheckpoints.Select((p, k) => (p, k)))
            Add(CheckpointSweep, 1, () =>
            {
                var atStep = Checkpoint.Load(path);
                steps[k] = atStep.Step;
                atCheckpoints[k] = Reproduction.PhaseSweep(atStep, NetworkSource.Checkpoint, grid);
            });
        if (plan.ExtendedCheckpoint is { } extendedPath)
            Add(Extended, networksPerN, () => extended = Reproduction.PhaseSweep(Checkpoint.Load(extendedPath), NetworkSource.Extended, grid));
    }

    public IReadOnlyList<ConcurrentJobs.Job> Jobs => jobs;

    /// <summary>How much of its stage's progress a job is: networks, or checkpoints for the checkpoint sweep.</summary>
    public int Units(ConcurrentJobs.Job job) => units[job];

    public int Total(string stage) => totals[stage];

    /// <summary>The training checkpoints' steps, in the plan's order.</summary>
    public IReadOnlyList<long> Steps => steps;

    /// <summary>The final checkpoint's sweep by n, the training checkpoints, the extended run, the baselines.</summary>
    public List<NetworkResult> Networks() =>
        sweep.Concat(atCheckpoints).SelectMany(networks => networks).Concat(extended).Concat(baselines).ToList();

    void Add(string stage, int size, Action work)
    {
        var job = new ConcurrentJobs.Job(stage, work);
        jobs.Add(job);
        units[job] = size;
        totals[stage] = totals.GetValueOrDefault(stage) + size;
    }

    static List<NetworkResult> SweepAt(Checkpoint final, SweepGrid grid, int n)
    {
        using var hypernetwork = HypernetworkFile.Load(final);
        return SweepRunner.Run(HypernetworkSource.Of(hypernetwork), NetworkSource.Hypernetwork, null, grid, [n]);
    }

    static List<NetworkResult> Baselines(SweepGrid grid)
    {
        var seeds = Enumerable.Range(0, Protocol.BaselineSeeds).Select(seed => (long)seed).ToArray();
        var networks = AdamBaseline.Train(new AdamBaseline.Options(N: Protocol.PhaseDimension), seeds);
        return networks.Select((network, k) => Reproduction.Measure(network, NetworkSource.Baseline, (int)seeds[k], grid)).ToList();
    }
}
