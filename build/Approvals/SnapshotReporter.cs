using ApprovalTests.Core;

namespace Verification;

/// <summary>
/// On a mismatch: with APPROVE_SNAPSHOTS=1 the received text becomes the approved file (the one command to
/// regenerate approvals after a deliberate change); otherwise the test fails and the .received.txt file is
/// left beside the .approved.txt one for review with any diff tool. Never opens a program, so it is safe in CI.
/// </summary>
public sealed class SnapshotReporter : IReporterWithApprovalPower
{
    string approved = "";
    string received = "";

    static bool Approving => Environment.GetEnvironmentVariable("APPROVE_SNAPSHOTS") == "1";

    public void Report(string approved, string received)
    {
        this.approved = approved;
        this.received = received;
        if (!Approving)
            TestContext.Out.WriteLine($"snapshot differs: compare {received} with {approved}; approve with APPROVE_SNAPSHOTS=1 dotnet test Verification.sln");
    }

    public bool ApprovedWhenReported()
    {
        if (!Approving || !File.Exists(received)) return false;
        File.Move(received, approved, overwrite: true);
        TestContext.Out.WriteLine($"approved {approved}");
        return true;
    }
}
