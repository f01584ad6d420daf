using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

// Sets VER_FLG_WEAK on one entry of an ELF64 file's .gnu.version_r section, so that the dynamic loader
// accepts a library that asks for a symbol version the system libstdc++ lacks. Only applied when the
// machine's libstdc++ really lacks that version; the file is replaced atomically (write copy, rename),
// which also keeps any hard link into the NuGet cache untouched.
public class WeakenElfVersionNeed : Task
{
    [Required] public string LibraryPath { get; set; } = "";
    [Required] public string VersionName { get; set; } = "";

    const uint ShtGnuVerneed = 0x6ffffffe;
    const ushort VerFlagWeak = 0x2;

    public override bool Execute()
    {
        if (SystemLibstdcxxHas(VersionName))
        {
            Log.LogMessage(MessageImportance.Low, $"libstdc++ provides {VersionName}; {LibraryPath} left as is.");
            return true;
        }
        var bytes = File.ReadAllBytes(LibraryPath);
        var offset = FindVersionNeedFlagsOffset(bytes, VersionName);
        if (offset < 0)
        {
            Log.LogMessage(MessageImportance.Low, $"{LibraryPath} does not need {VersionName}.");
            return true;
        }
        var flags = BitConverter.ToUInt16(bytes, offset);
        if ((flags & VerFlagWeak) != 0) return true;
        BitConverter.GetBytes((ushort)(flags | VerFlagWeak)).CopyTo(bytes, offset);
        var temp = LibraryPath + ".weakening";
        File.WriteAllBytes(temp, bytes);
        File.Replace(temp, LibraryPath, null);
        Log.LogMessage(MessageImportance.High, $"Marked the {VersionName} need of {Path.GetFileName(LibraryPath)} as weak (this machine's libstdc++ lacks it).");
        return true;
    }

    static bool SystemLibstdcxxHas(string version)
    {
        var needle = Encoding.ASCII.GetBytes(version + "\0");
        return LibstdcxxCandidates().Where(File.Exists).Any(path => Contains(File.ReadAllBytes(path), needle));
    }

    static string[] LibstdcxxCandidates()
    {
        var fromLdconfig = Array.Empty<string>();
        try
        {
            var info = new ProcessStartInfo("ldconfig", "-p") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(info);
            if (process is not null)
            {
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                fromLdconfig = output.Split('\n')
                    .Where(line => line.Contains("libstdc++.so.6 ") && line.Contains("=>"))
                    .Select(line => line.Substring(line.IndexOf("=>", StringComparison.Ordinal) + 2).Trim())
                    .ToArray();
            }
        }
        catch (Exception) { /* no ldconfig: fall back to the usual folders */ }
        return fromLdconfig.Concat(new[]
        {
            "/usr/lib/x86_64-linux-gnu/libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6",
            "/usr/lib64/libstdc++.so.6", "/usr/lib/libstdc++.so.6",
        }).Distinct().ToArray();
    }

    static bool Contains(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            var j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return true;
        }
        return false;
    }

    // ELF64 little-endian layout: section headers (Elf64_Shdr), then Elf64_Verneed / Elf64_Vernaux chains.
    static int FindVersionNeedFlagsOffset(byte[] elf, string version)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[4] != 2 || elf[5] != 1) return -1;
        var sectionTable = (long)BitConverter.ToUInt64(elf, 0x28);
        var entrySize = BitConverter.ToUInt16(elf, 0x3A);
        var count = BitConverter.ToUInt16(elf, 0x3C);
        for (var s = 0; s < count; s++)
        {
            var header = (int)(sectionTable + s * entrySize);
            if (BitConverter.ToUInt32(elf, header + 4) != ShtGnuVerneed) continue;
            var needOffset = (int)BitConverter.ToUInt64(elf, header + 0x18);
            var stringSection = (int)(sectionTable + BitConverter.ToUInt32(elf, header + 0x28) * entrySize);
            var strings = (int)BitConverter.ToUInt64(elf, stringSection + 0x18);
            var needCount = BitConverter.ToUInt32(elf, header + 0x2C);
            var need = needOffset;
            for (var n = 0; n < needCount; n++)
            {
                var auxCount = BitConverter.ToUInt16(elf, need + 2);
                var aux = need + (int)BitConverter.ToUInt32(elf, need + 8);
                for (var a = 0; a < auxCount; a++)
                {
                    if (ReadString(elf, strings + (int)BitConverter.ToUInt32(elf, aux + 8)) == version) return aux + 4;
                    aux += (int)BitConverter.ToUInt32(elf, aux + 12);
                }
                need += (int)BitConverter.ToUInt32(elf, need + 12);
            }
        }
        return -1;
    }

    static string ReadString(byte[] bytes, int start)
    {
        var end = start;
        while (end < bytes.Length && bytes[end] != 0) end++;
        return Encoding.ASCII.GetString(bytes, start, end - start);
    }
}
