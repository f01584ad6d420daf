using System.Runtime.CompilerServices;

namespace Verification.Properties.Environment;

/// <summary>
/// reproduce runs torch on two threads at once (ConcurrentJobs), which CLS-4 found unsafe: a TorchSharp scalar's
/// finalizer can free it while native code reads it, once a collection started by the other thread finds it
/// unreachable. The jobs therefore run while the finalizer thread is held; this shows that the pause holds
/// finalizers and lets them run after. (A test of jobs on two threads under forced collections passed with the
/// pause removed too, 2026-11-26: the race is too rare to show, and that test cost 18-78 s, so it is not kept.)
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
}
