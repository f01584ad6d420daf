namespace Verification.Properties.Support;

/// <summary>
/// Debian's python3 with python3-torch, for the tests against PyTorch itself (category PyTorch). Where it is
/// missing those tests are skipped with how to install it; .ci/run installs it and requires it.
/// </summary>
public static class TorchPython
{
    public const string Program = "/usr/bin/python3";

    public const string Install = "apt-get install -y python3-torch python3-numpy";

    static readonly Lazy<bool> Available = new(() =>
        File.Exists(Program) && ChildProcess.Run(Program, ["-c", "import torch, numpy"]).ExitCode == 0);

    /// <summary>Skips the calling test when PyTorch cannot be imported.</summary>
    public static void Require()
    {
        if (!Available.Value) Assert.Ignore($"PyTorch is not installed for {Program}: {Install} (Debian's packages) runs these tests");
    }

    /// <summary>Runs Fixtures/torch_roundtrip.py with these arguments; a failure shows what Python printed.</summary>
    public static string RoundTrip(params string[] arguments)
    {
        var outcome = ChildProcess.Run(Program, [Fixtures.Named("torch_roundtrip.py"), .. arguments]);
        Assert.That(outcome.ExitCode, Is.Zero, outcome.ToString());
        return outcome.Out;
    }
}
