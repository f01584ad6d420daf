using System.Runtime.CompilerServices;

namespace Verification;

/// <summary>
/// Holds the finalizer thread while torch runs on more than one thread of ours. TorchSharp wraps a number
/// in a native Scalar (<c>t.pow(2)</c>, <c>0.5 * t</c>, inside its own optimizers too) that nothing references
/// once its handle is read: a garbage collection started by another thread can find it unreachable during the
/// native call, and its finalizer then frees it while torch reads it (CLS-4, "Unknown scalar type"). While a
/// pause is open no finalizer runs; what became unreachable meanwhile is finalized when the last pause closes.
/// Pauses may overlap (counted); nothing may wait for pending finalizers while one is open.
/// </summary>
public sealed class FinalizerPause : IDisposable
{
    static readonly Lock Gate = new();
    static int open;
    static ManualResetEventSlim? release;

    bool disposed;

    FinalizerPause() { }

    /// <summary>Returns once the finalizer thread is held.</summary>
    public static FinalizerPause Begin()
    {
        lock (Gate)
        {
            if (open++ == 0)
            {
                release = new ManualResetEventSlim();
                using var held = new ManualResetEventSlim();
                Queue(held, release);
                // A collection finds the holder unreachable and queues its finalizer behind any already pending.
                do GC.Collect();
                while (!held.Wait(TimeSpan.FromMilliseconds(50)));
            }
        }
        return new FinalizerPause();
    }

    public void Dispose()
    {
        lock (Gate)
        {
            if (disposed) return;
            disposed = true;
            if (--open == 0) release!.Set();
        }
    }

    /// <summary>Not inlined, so that no local of Begin keeps the holder reachable.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Queue(ManualResetEventSlim held, ManualResetEventSlim release) => _ = new Holder(held, release);

    sealed class Holder(ManualResetEventSlim held, ManualResetEventSlim release)
    {
        ~Holder()
        {
            held.Set();
            release.Wait();
            release.Dispose();
        }
    }
}
