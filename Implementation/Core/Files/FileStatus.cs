using System.Runtime.InteropServices;

namespace Verification.Files;

/// <summary>
/// What a path names, as the kernel sees it: .NET tells a folder from everything else, but not a regular file from a
/// device, a pipe or a socket, which a write must never rename its temporary file over and a read would block on or
/// read without end. Linux only (statx); elsewhere nothing is known and the callers keep .NET's view.
/// </summary>
public sealed record FileStatus(FileStatus.Kind Type, uint Owner, bool OwnerMayWrite)
{
    public enum Kind { Regular, Folder, SymbolicLink, Other }

    const int CurrentFolder = -100;        // AT_FDCWD
    const int NoFollow = 0x100;            // AT_SYMLINK_NOFOLLOW
    const uint TypeModeAndOwner = 0x1 | 0x2 | 0x8;   // STATX_TYPE | STATX_MODE | STATX_UID
    const int Size = 256;                  // sizeof(struct statx), the same on every architecture
    const int OwnerOffset = 20, ModeOffset = 28;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "geteuid")]
    static extern uint EffectiveUser();

    /// <summary>The user whose files the process may replace.</summary>
    public static uint ProcessUser => OperatingSystem.IsLinux() ? EffectiveUser() : 0;

    /// <summary>Null when the path names nothing, or it cannot be known (not Linux, a folder on the way not searchable).</summary>
    public static FileStatus? Of(string path, bool followLinks)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[Size];
        if (Statx(CurrentFolder, path, followLinks ? 0 : NoFollow, TypeModeAndOwner, buffer) != 0) return null;
        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        var type = (mode & 0xF000) switch
        {
            0x8000 => Kind.Regular,        // S_IFREG
            0x4000 => Kind.Folder,         // S_IFDIR
            0xA000 => Kind.SymbolicLink,   // S_IFLNK
            _ => Kind.Other,               // character and block devices, pipes, sockets
        };
        return new FileStatus(type, BitConverter.ToUInt32(buffer, OwnerOffset), (mode & 0x80) != 0);
    }
}
