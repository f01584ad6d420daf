using System.Runtime.InteropServices;

namespace Verification;

/// <summary>
/// Turns on flush-to-zero and denormals-are-zero (MXCSR) for the calling thread, as torch.set_flush_denormal
/// does. Adam's second moments of near-zero gradients (g^2 below 1e-38 in float32) are denormal, and every
/// operation on a denormal takes a slow microcode path: a batched training step became 10x slower once such
/// gradients appeared (BENCHMARKS.md). Values below 1e-38 (float32) or 1e-308 (float64) become 0.
/// </summary>
public static class DenormalFlush
{
    const int FenvBytes = 32;          // glibc's fenv_t on x86-64
    const int MxcsrOffset = 28;        // its __mxcsr field
    const uint FlushToZero = 0x8000;
    const uint DenormalsAreZero = 0x0040;

    [DllImport("libm.so.6", EntryPoint = "fegetenv")]
    static extern int GetEnvironment(byte[] environment);

    [DllImport("libm.so.6", EntryPoint = "fesetenv")]
    static extern int SetEnvironment(byte[] environment);

    /// <summary>For the calling thread only; does nothing off x86-64 Linux.</summary>
    public static void OnThisThread()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return;
        var environment = new byte[FenvBytes];
        if (GetEnvironment(environment) != 0) return;
        var mxcsr = BitConverter.ToUInt32(environment, MxcsrOffset) | FlushToZero | DenormalsAreZero;
        BitConverter.TryWriteBytes(environment.AsSpan(MxcsrOffset), mxcsr);
        SetEnvironment(environment);
    }
}
