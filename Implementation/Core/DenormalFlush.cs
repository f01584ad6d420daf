using System.Runtime.InteropServices;

namespace Verification;

/// <summary>
/// Flush-to-zero and denormals-are-zero (MXCSR) for the calling thread while a scope is open, as
/// torch.set_flush_denormal does. Adam's second moments of near-zero gradients (g^2 below 1e-38 in float32)
/// are denormal, and every operation on a denormal takes a slow microcode path: a batched training step
/// became up to 10x slower once such gradients appeared (BENCHMARKS.md). Scoped to training steps, because
/// with it on, .NET's own double arithmetic (JSON numbers, the classifier) would also lose denormals.
/// </summary>
public sealed class DenormalFlush : IDisposable
{
    const int FenvBytes = 32;          // glibc's fenv_t on x86-64
    const int MxcsrOffset = 28;        // its __mxcsr field
    const uint FlushToZero = 0x8000;
    const uint DenormalsAreZero = 0x0040;

    [DllImport("libm.so.6", EntryPoint = "fegetenv")]
    static extern int GetEnvironment(byte[] environment);

    [DllImport("libm.so.6", EntryPoint = "fesetenv")]
    static extern int SetEnvironment(byte[] environment);

    readonly byte[]? saved;

    DenormalFlush(byte[]? saved) => this.saved = saved;

    /// <summary>Turns the flush on for this thread until disposed; does nothing off x86-64 Linux.</summary>
    public static DenormalFlush Scope()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return new DenormalFlush(null);
        var saved = new byte[FenvBytes];
        if (GetEnvironment(saved) != 0) return new DenormalFlush(null);
        var flushing = (byte[])saved.Clone();
        var mxcsr = BitConverter.ToUInt32(flushing, MxcsrOffset) | FlushToZero | DenormalsAreZero;
        BitConverter.TryWriteBytes(flushing.AsSpan(MxcsrOffset), mxcsr);
        SetEnvironment(flushing);
        return new DenormalFlush(saved);
    }

    public void Dispose()
    {
        if (saved is not null) SetEnvironment(saved);
    }
}
