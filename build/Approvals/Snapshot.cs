using System.Runtime.CompilerServices;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Writers;

namespace Verification;

/// <summary>
/// Approval with explicit names: <c>approved/{name}.approved.txt</c> beside the calling test file. Naming by hand instead of by
/// stack trace keeps file names stable and readable, and works for NUnit's parameterised tests.
/// </summary>
public static class Snapshot
{
    public static void Verify(string text, string name, [CallerFilePath] string source = "") =>
        Approvals.Verify(new ApprovalTextWriter(text), new Namer(Folder(source), name), new SnapshotReporter());

    public static string Approved(string name, [CallerFilePath] string source = "") =>
        File.ReadAllText(Path.Combine(Folder(source), $"{name}.approved.txt"));

    static string Folder(string source) => Path.Combine(Path.GetDirectoryName(source)!, "approved");

    sealed class Namer(string folder, string name) : IApprovalNamer
    {
        public string SourcePath => folder;
        public string Name => name;
    }
}
