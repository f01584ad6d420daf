using System.Diagnostics;
using Verification.Algorithms;
using Verification.Checking;
using Verification.Claims;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Results;
using Verification.Study;
using Verification.Problem;
using Verification.Training;
using Verification.Vocabulary;

namespace Verification.Sweep;

/// <summary>
/// The main job, spec -> model -> results: sweep the final checkpoint over beta x seed x n, sweep every
/// training checkpoint and the extended run's checkpoint (DISC-8) at n = 16, train and check the Adam
/// baseline, keep one network per algorithm for the pictures, and evaluate the discovery claims; the plan
/// says which of the stages after the main sweep run, and each stage that runs is timed. The sweeps and the
/// baselines run side by side on every core (<see cref="ReproductionStages"/>, <see cref="ConcurrentJobs"/>).
/// Everything is seeded; the same checkpoints give the same results, on any number of cores.
/// </summary>
public static class Reproduction
{
    /// <summary>
    /// ExtendedCheckpoint: the same run trained longer (DISC-8), or null to leave that claim unmeasured.
    /// Landscape: an l1-landscape/1 file of the checkpoint's objective at n = 16 (LAND-2), or null.
    /// Baseline: train and check the Adam baselines (DISC-6), a stage that needs no checkpoint; false leaves
    /// DISC-6 not run.
    /// </summary>
    public sealed record Plan(string FinalCheckpoint, IReadOnlyList<string> TrainingCheckpoints, string Command, double TrainingSeconds = 0,
        string? ExtendedCheckpoint = null, string? Landscape = null, bool Baseline = true);

    /// <summary>Stage name, networks done, networks in all.</summary>
    public delegate void Progress(string stage, int done, int total);

    public static RunResults Run(Plan plan, Progress progress)
    {
        var clock = Stopwatch.StartNew();
        using var run = new Loaded(plan);
        var durations = new SortedDictionary<string, double> { ["training"] = plan.TrainingSeconds, ["load"] = Lap(clock) };
        var seconds = RunJobs(run.Stages, run.Stages.Jobs, progress);
        // Each stage's own time, and the wall time of all of them side by side (less than their sum).
        foreach (var (stage, time) in seconds) durations[stage] = Math.Round(time, 2);
        durations["concurrentStages"] = Lap(clock);
        return Assemble(run, durations, clock);
    }

    /// <summary>
    /// A run's checkpoint, landscape, grid and hypernetwork, loaded, and its jobs with empty slots: what the jobs
    /// of a run need, and what assembling their networks into results needs.
    /// </summary>
    public sealed class Loaded : IDisposable
    {
        public Loaded(Plan plan)
        {
            Plan = plan;
            Checkpoint = Checkpoint.Load(plan.FinalCheckpoint);
            Landscape = plan.Landscape is { } landscapePath ? Verification.Landscape.LandscapeJson.Read(landscapePath) : null;
            Grid = SweepGrid.Standard(Checkpoint.Options.BetaMin, Checkpoint.Options.BetaMax, Groups(Checkpoint.Options.AllDimensions));
            Hypernetwork = HypernetworkFile.Load(Checkpoint);
            Stages = new ReproductionStages(plan, Checkpoint, Grid);
        }

        public Plan Plan { get; }
        public Checkpoint Checkpoint { get; }
        public Verification.Landscape.LandscapeResult? Landscape { get; }
        public SweepGrid Grid { get; }
        public HypernetworkModel Hypernetwork { get; }
        public ReproductionStages Stages { get; }

        public void Dispose() => Hypernetwork.Dispose();
    }

    /// <summary>The given jobs of the run side by side on every core; seconds per stage.</summary>
    public static IReadOnlyDictionary<string, double> RunJobs(ReproductionStages stages, IReadOnlyList<ConcurrentJobs.Job> jobs, Progress progress)
    {
        var done = new Dictionary<string, int>();
        var total = jobs.GroupBy(job => job.Stage).ToDictionary(stage => stage.Key, stage => stage.Sum(stages.Units));
        return ConcurrentJobs.Run(jobs, ConcurrentJobs.Threads, job =>
        {
            done[job.Stage] = done.GetValueOrDefault(job.Stage) + stages.Units(job);
            progress(ProgressLabels[job.Stage], done[job.Stage], total[job.Stage]);
        });
    }

    /// <summary>
    /// The results of a run whose slots are all filled: the gallery and the claims computed from its networks, and
    /// the durations given, to which the gallery's and claims' time is added.
    /// </summary>
    public static RunResults Assemble(Loaded run, SortedDictionary<string, double> durations, Stopwatch clock)
    {
        var (plan, grid, stages) = (run.Plan, run.Grid, run.Stages);
        var networks = stages.Networks();
        var gallery = Gallery(run.Hypernetwork, networks);
        var claims = ClaimVerdicts.Of(ClaimCatalog.All, DiscoveryClaims.Evaluate(networks, run.Landscape));
        durations["galleryAndClaims"] = Lap(clock);
        var settings = new SweepSettings(grid.Betas, grid.Seeds, grid.Dimensions, stages.Steps, grid.CheckTolerance, grid.CheckSamples, grid.CheckSeed);
        var info = new CheckpointInfo(plan.FinalCheckpoint, Files.FileHash.Sha256(plan.FinalCheckpoint), run.Checkpoint.Options.Seed, run.Checkpoint.Step);
        return new RunResults(RunResults.FormatTag, RunInfoFactory.Create(plan.Command, durations, info), settings, networks, gallery, claims, run.Landscape);
    }

    /// <summary>What the progress display calls each stage, by the name its duration is recorded under.</summary>
    static readonly IReadOnlyDictionary<string, string> ProgressLabels = new Dictionary<string, string>
    {
        [ReproductionStages.Sweep] = "sweep", [ReproductionStages.CheckpointSweep] = "training checkpoints", [ReproductionStages.Extended] = "extended run", [ReproductionStages.Baseline] = "baseline",
    };

    /// <summary>A checkpoint's networks at n = 16 over the grid's betas and seeds, tagged with its step and the given source.</summary>
    public static List<NetworkResult> PhaseSweep(Checkpoint checkpoint, NetworkSource source, SweepGrid grid)
    {
        using var hypernetwork = HypernetworkFile.Load(checkpoint);
        return SweepRunner.Run(HypernetworkSource.Of(hypernetwork), source, checkpoint.Step, grid, [Protocol.PhaseDimension]);
    }

    /// <summary>trained: in the training set; held-out: inside its range but never trained on; larger: beyond it.</summary>
    public static DimensionGroup[] Groups(IReadOnlyList<int> trained) =>
        Protocol.SweepDimensions.Select(n => new DimensionGroup(n,
            trained.Contains(n) ? "trained" : n < trained.Max() ? "held-out" : "larger")).ToArray();

    /// <summary>Classify and check one network that has no beta (the baseline) as the sweep does.</summary>
    public static NetworkResult Measure(Network network, NetworkSource source, int seed, SweepGrid grid)
    {
        var label = AlgorithmClassifier.Classify(network);
        var check = L1Check.Run(network, InputDomain.Normal, grid.CheckSamples, grid.CheckTolerance, grid.CheckSeed);
        return new NetworkResult(source, network.Inputs, null, seed, null, label.Algorithm, label.Parameters, label.Purity, null, check);
    }

    /// <summary>
    /// For each label the final checkpoint produced, unclassified included (what fills a band without a known
    /// algorithm is worth seeing): at the smallest swept n that shows it (small networks draw best; n = 4 for
    /// most), its lowest-seed network at the median beta of that label there. Then, for each family of the paper
    /// (double-sided, pudding, convexity) it never produced, the hand-encoded one at n = 4 for comparison.
    /// </summary>
    public static GalleryEntry[] Gallery(HypernetworkModel hypernetwork, IReadOnlyList<NetworkResult> networks)
    {
        var generated = networks.Where(r => r.Source == NetworkSource.Hypernetwork)
            .GroupBy(r => r.Algorithm)
            .Select(label => label.GroupBy(r => r.N).MinBy(atN => atN.Key)!.ToArray())
            .Select(atN =>
            {
                var median = atN.Select(r => r.Beta!.Value).Order().ElementAt(atN.Length / 2);
                return atN.Where(r => r.Beta == median).MinBy(r => r.Seed)!;
            })
            .Select(r => GalleryEntry.Of(r.Algorithm, NetworkSource.Hypernetwork, r.Beta, r.Seed, NetworkGenerator.Generate(hypernetwork, r.N, r.Beta!.Value, r.Seed)))
            .ToList();
        AlgorithmLabel[] families = [AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding, AlgorithmLabel.Convexity];
        var references = families
            .Where(family => !generated.Any(e => e.Algorithm.SameFamily(family)))
            .Select(family => GalleryEntry.Of(family, NetworkSource.HandEncoded, null, 0, HandEncoded.Encode(family, Protocol.GalleryDimension)));
        return generated.Concat(references).OrderBy(e => e.Source == NetworkSource.HandEncoded).ThenBy(e => AlgorithmLabel.All.ToList().IndexOf(e.Algorithm)).ToArray();
    }

    /// <summary>Seconds since the clock last started, rounded as durations are recorded, and the clock restarted.</summary>
    public static double Lap(Stopwatch clock)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return Math.Round(seconds, 2);
    }
}
