using BenchmarkDotNet.Attributes;
using Verification.Training;

namespace Verification.Benchmarks;

/// <summary>
/// One training step of the shipped shape (width 64, 32 networks x 256 inputs) at a single n, through
/// Trainer.Run: at n = 2 most of a step is the cost of its ops and autograd nodes whatever their size, at n = 64
/// most of it is arithmetic (BENCHMARKS.md, Training steps). The trainer lives across iterations, so a step is timed in a run under way, as in
/// `train`. L1VERIFY_THREADS sets the intra-op threads, read once per process: one run per thread count.
/// </summary>
[MemoryDiagnoser]
public class TrainingBenchmarks
{
    const int StepsPerInvoke = 10;
    Trainer trainer = null!;

    [Params(2, 64)]
    public int N;

    // The fine-tune stage's rate: at the main stage's 1e-2, n = 64 from scratch diverges (NOTES.md, hx17), and a
    // skipped step would skip the backward pass and Adam.
    [GlobalSetup]
    public void Setup() => trainer = new Trainer(new TrainingOptions
    {
        Steps = 1_000_000, FineTuneSteps = 0, LearningRate = 1e-3, Dimensions = [N], FineTuneDimensions = null,
    });

    [Benchmark(OperationsPerInvoke = StepsPerInvoke)]
    public void TrainStep()
    {
        var target = trainer.Step + StepsPerInvoke;
        using var stop = new CancellationTokenSource();
        trainer.Run(null, p => { if (p.Step >= target) stop.Cancel(); }, stop.Token);
    }

    [GlobalCleanup]
    public void Cleanup() => trainer.Dispose();
}
