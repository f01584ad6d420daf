using System.Runtime.InteropServices;

namespace Verification.Snapshots;

/// <summary>
/// Pins torch to its scalar kernels (ATEN_CPU_CAPABILITY=default) before any snapshot computes a tensor. The approved
/// figures are rounded to three or four digits, and one of them sits so near a rounding boundary that torch's
/// AVX2 and AVX-512 kernels round it to different last digits on different CPUs; the scalar kernels are the same code
/// on every x86 CPU. libtorch reads the variable once, at its first dispatch, through the C library's environment, which
/// Environment.SetEnvironmentVariable does not change on Linux, hence setenv.
/// </summary>
[SetUpFixture]
public sealed class ScalarTorchKernels
{
    public const string Variable = "ATEN_CPU_CAPABILITY";

    [OneTimeSetUp]
    public void Pin()
    {
        if (OperatingSystem.IsWindows()) Environment.SetEnvironmentVariable(Variable, "default");
        else if (setenv(Variable, "default", 1) != 0) throw new InvalidOperationException($"setenv({Variable}) failed: {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", SetLastError = true)]
    static extern int setenv(string name, string value, int overwrite);
}
