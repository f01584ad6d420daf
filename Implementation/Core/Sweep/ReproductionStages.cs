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
/// baselines (one training) and then the sweep from its largest n, so that two threads end close together.
/// Slots are numbered in results.json's order, so <see cref="Networks"/> gives the results back in that order,
/// whatever order the jobs ran in, in this process or, filled with <see cref="Fill"/>, in the units of a sharded run.
/// </summary>
public sealed class ReproductionStages
{
    public const string Sweep = "sweep", CheckpointSweep = "checkpointSweep", Extended = "extended", Baseline = "baseline";

    /// <summary>What one job measured: its networks, and the step of the training checkpoint it swept (null for the others).</summary>
    public sealed record Output(IReadOnlyList<NetworkResult> Networks, long? Step);

    readonly Output?[] outputs;
    readonly string[] slotStages;
    readonly Dictionary<ConcurrentJobs.Job, (int Slot, int Size)> slots = [];
    readonly List<ConcurrentJobs.Job> jobs = [];

    public ReproductionStages(Reproduction.Plan plan, Checkpoint final, SweepGrid grid)
    {
        var networksPerN = grid.Betas.Count * grid.Seeds.Count;
        var dimensions = grid.Dimensions.Select(d => d.N).ToArray();
        var checkpoints = plan.TrainingCheckpoints.Count;
        var extendedSlot = dimensions.Length + checkpoints;
        var baselineSlot = extendedSlot + (plan.ExtendedCheckpoint is null ? 0 : 1);
        outputs = new Output?[baselineSlot + (plan.Baseline ? 1 : 0)];
        slotStages = new string[outputs.Length];

        if (plan.Baseline)
            Add(Baseline, baselineSlot, Protocol.BaselineSeeds, () => new(Baselines(grid), null));
        foreach (var k in Enumerable.Range(0, dimensions.Length).OrderByDescending(k => dimensions[k]))
            Add(Sweep, k, networksPerN, () => new(SweepAt(final, grid, dimensions[k]), null));
        foreach (var (path, k) in plan.TrainingCheckpoints.Select((p, k) => (p, k)))
            Add(CheckpointSweep, dimensions.Length + k, 1, () =>
            {
                var atStep = Checkpoint.Load(path);
                return new(Reproduction.PhaseSweep(atStep, NetworkSource.Checkpoint, grid), atStep.Step);
            });
        if (plan.ExtendedCheckpoint is { } extendedPath)
            Add(Extended, extendedSlot, networksPerN, () => new(Reproduction.PhaseSweep(Checkpoint.Load(extendedPath), NetworkSource.Extended, grid), null));
    }

    /// <summary>The jobs, longest first.</summary>
    public IReadOnlyList<ConcurrentJobs.Job> Jobs => jobs;

    /// <summary>How much of its stage's progress a job is: networks, or checkpoints for the checkpoint sweep.</summary>
    public int Units(ConcurrentJobs.Job job) => slots[job].Size;

    /// <summary>The slot in results.json's order that a job fills.</summary>
    public int Slot(ConcurrentJobs.Job job) => slots[job].Slot;

    /// <summary>The number of slots, one per job.</summary>
    public int SlotCount => outputs.Length;

    /// <summary>The stage whose work fills the slot.</summary>
    public string StageOf(int slot) => slotStages[slot];

    /// <summary>What the job of the slot measured, or null before it ran or was filled.</summary>
    public Output? this[int slot] => outputs[slot];

    /// <summary>A slot filled with what a job measured elsewhere (a unit of a sharded run).</summary>
    public void Fill(int slot, Output output) => outputs[slot] = output;

    /// <summary>The training checkpoints' steps, in the plan's order.</summary>
    public IReadOnlyList<long> Steps =>
        Enumerable.Range(0, outputs.Length).Where(slot => slotStages[slot] == CheckpointSweep).Select(slot => outputs[slot]!.Step!.Value).ToArray();

    /// <summary>The final checkpoint's sweep by n, the training checkpoints, the extended run, the baselines.</summary>
    public List<NetworkResult> Networks() => outputs.SelectMany(output => output!.Networks).ToList();

    void Add(string stage, int slot, int size, Func<Output> work)
    {
        var job = new ConcurrentJobs.Job(stage, () => outputs[slot] = work());
        jobs.Add(job);
        slots[job] = (slot, size);
        slotStages[slot] = stage;
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
