using BenchmarkDotNet.Attributes;
using Verification.Training;

namespace Verification.Benchmarks;

/// <summary>
/// One training step of the shipped shape (width 64, 32 networks x 256 inputs) at a single n, through
/// Trainer.Run: at n = 2 most of a step is the cost of its ops and autograd nodes whatever their size, at n = 64
/// most of it is arithmetic (BENCHMARKS.md, Training steps). The trainer lives across iterations, so a step is timed in a run under way, as in
/// `train`. L1VERIFY_THREADS sets the threads, read once per process: one run per thread count. With one shard
/// they are torch's intra-op threads; with two, the shards run side by side on that many threads, one intra-op
/// thread each, while the finalizer thread is held (Trainer.Run). A training opens that hold once per thousand
/// steps; the benchmark holds it from setup to cleanup, so that no invocation pays for opening it, and forces no
/// collection between iterations, since one that waits for finalizers would wait for ever.
/// </summary>
[GcForce(false)]
public class TrainingBenchmarks
{
    const int StepsPerInvoke = 20;
    Trainer trainer = null!;
    FinalizerPause pause = null!;

    [Params(2, 16, 64, 128, 256)]
    public int N;

    [Params(1, 2)]
    public int Shards;

    // The fine-tune stage's rate: at the main stage's 1e-2, n = 64 from scratch diverges (docs/research/hypernetwork-runs.md, hx17), and a
    // skipped step would skip the backward pass and Adam.
    [GlobalSetup]
    public void Setup()
    {
        pause = FinalizerPause.Begin();
        trainer = new Trainer(new TrainingOptions
        {
            Steps = 1_000_000, FineTuneSteps = 0, LearningRate = 1e-3, Dimensions = [N], FineTuneDimensions = null, Shards = Shards,
        });
    }

    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public void TrainStep()
    {
        var target = trainer.Step + StepsPerInvoke;
        using var stop = new CancellationTokenSource();
        trainer.Run(null, p => { if (p.Step >= target) stop.Cancel(); }, stop.Token);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        trainer.Dispose();
        pause.Dispose();
    }
}
