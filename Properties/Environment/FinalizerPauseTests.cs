using System.Runtime.CompilerServices;
using Verification.Sweep;
using static TorchSharp.torch;

namespace Verification.Properties.Environment;

/// <summary>
/// reproduce runs torch on two threads at once (ConcurrentJobs), which CLS-4 found unsafe: a TorchSharp scalar's
/// finalizer can free it while native code reads it, once a collection started by the other thread finds it
/// unreachable. The jobs therefore run while the finalizer thread is held. The second test checks that jobs
/// compute the same on two threads as on one; it passed 3 runs of 3 with the pause removed too (2026-11-26),
/// so it does not show the race, which is rare; the first test shows that the pause holds finalizers.
/// </summary>
[Claim("CLS-4")]
public class FinalizerPauseTests
{
    sealed class Flag(ManualResetEventSlim finalized)
    {
        ~Flag() => finalized.Set();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Drop(ManualResetEventSlim finalized) => _ = new Flag(finalized);

    [Test]
    public void No_finalizer_runs_while_a_pause_is_open_and_each_runs_after()
    {
        using var finalized = new ManualResetEventSlim();
        using (FinalizerPause.Begin())
        {
            Drop(finalized);
            GC.Collect();
            Assert.That(finalized.Wait(TimeSpan.FromMilliseconds(300)), Is.False, "finalized during the pause");
        }
        Assert.That(finalized.Wait(TimeSpan.FromSeconds(10)), Is.True, "not finalized after the pause");
    }

    [Test]
    public void Torch_jobs_on_two_threads_under_collections_give_what_one_thread_gives()
    {
        var alone = RunJobs(threads: 1);
        using var stop = new CancellationTokenSource();
        // Only collections: waiting for pending finalizers would wait for the pause to end.
        var collector = Task.Run(() => { while (!stop.IsCancellationRequested) GC.Collect(); });
        try
        {
            Assert.That(RunJobs(threads: 2), Is.EqualTo(alone));
        }
        finally
        {
            stop.Cancel();
            collector.Wait();
        }
    }

    /// <summary>Eight jobs, each many small ops on implicitly wrapped scalars (pow(2), 0.5 * t), as the sweep's code has.</summary>
    static double[] RunJobs(int threads)
    {
        var sums = new double[8];
        var jobs = Enumerable.Range(0, sums.Length).Select(k => new ConcurrentJobs.Job("job", () =>
        {
            using var scope = NewDisposeScope();
            using var generator = Torch.Generator(k);
            var x = randn([64, 16], dtype: float64, generator: generator);
            for (var step = 0; step < 200; step++)
            {
                using var stepScope = NewDisposeScope();
                x = (0.5 * x.pow(2) - x.clamp_min(0) + 0.25).tanh().MoveToOuterDisposeScope();
            }
            sums[k] = x.sum().item<double>();
        })).ToArray();
        ConcurrentJobs.Run(jobs, threads, _ => { });
        return sums;
    }
}
