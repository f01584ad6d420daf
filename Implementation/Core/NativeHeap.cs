using System.Runtime.InteropServices;

namespace Verification;

/// <summary>
/// Tunes glibc's allocator for tensor workloads. By default glibc serves blocks above a (dynamic) threshold
/// with mmap and hands freed memory at the top of the heap back to the OS, so every training step or check
/// block that allocates a few MB page-faults the same memory in again: on this VM that made a batched step 4x
/// slower, with most of the time in the kernel (BENCHMARKS.md). Keeping blocks up to 32 MB on the heap and
/// never trimming it trades a process's peak memory, which it keeps, for no faults.
/// </summary>
public static class NativeHeap
{
    const int TrimThreshold = -1;   // M_TRIM_THRESHOLD
    const int MmapThreshold = -3;   // M_MMAP_THRESHOLD
    const int MaxHeapBlock = 32 * 1024 * 1024;   // glibc's largest allowed mmap threshold on 64-bit

    [DllImport("libc", EntryPoint = "mallopt")]
    static extern int MallOpt(int parameter, int value);

    /// <summary>Idempotent; does nothing where the C library is not glibc.</summary>
    public static void KeepFreedMemory()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            MallOpt(MmapThreshold, MaxHeapBlock);
            MallOpt(TrimThreshold, int.MaxValue);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Another C library: its allocator keeps its defaults.
        }
    }
}
