using Verification.Properties.Support;

namespace Verification.Properties.Cli;

/// <summary>
/// A path that names something other than a regular file the user owns and may write is refused in one line and left
/// as it was: the atomic write would rename its temporary file over it. The targets are made in a temporary folder
/// (a pipe, a device node of our own, a link, a read-only and another user's file): no test names a system device.
/// An input that is not a regular file is refused before it is opened, so a pipe does not block the command.
/// </summary>
[Claim("CLI-4")]
public class OutputTargetTests
{
    CommandTargets targets = null!;

    [SetUp]
    public void MakeTargets() => targets = new CommandTargets(new Dictionary<string, byte[]> { ["network.json"] = System.Text.Encoding.UTF8.GetBytes(
        Verification.Networks.NetworkJson.Serialize(Verification.Algorithms.DoubleSided.Encode(2, 10))) });

    [TearDown]
    public void RemoveTargets() => targets.Dispose();

    static void AssertRefused(CliRunner.Outcome outcome, string expected)
    {
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Error);
        Assert.That(outcome.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), outcome.Error);
        Assert.That(outcome.Error, Does.StartWith("error: ").And.Contain(expected).And.Not.Contain("Exception"));
    }

    [TestCase("pipe", "not a regular file")]
    [TestCase("device", "not a regular file")]
    [TestCase("link", "symbolic link")]
    [TestCase("read-only.json", "read-only")]
    [TestCase("others/theirs.json", "belongs to user 65534")]
    public void An_output_that_is_no_file_of_ours_is_refused_and_left_as_it_was(string target, string expected)
    {
        Assume.That(target != "device" || targets.HasDevice, "mknod is not permitted here");
        Assume.That(target != "others/theirs.json" || targets.OthersFileIsTheirs, "chown is not permitted here");
        var before = targets.Snapshot();
        AssertRefused(CliRunner.Run("encode", "--algorithm", "convexity", "--n", "2", "--out", targets[target]), expected);
        Assert.That(targets.Snapshot(), Is.EqualTo(before), "every target as it was, and no temporary file left");
    }

    [TestCase("encode", "--algorithm", "convexity", "--n", "2")]
    [TestCase("generate", "--n", "2", "--beta", "1e-4")]
    [TestCase("report", "{results}")]
    [TestCase("sweep")]
    [TestCase("train", "--steps", "1")]
    public void An_empty_output_path_is_refused_in_one_line(params string[] command)
    {
        var results = targets["results.json"];
        Verification.Results.ResultsJson.Write(SampleResults.Create(), results);
        AssertRefused(CliRunner.Run([.. command.Select(a => a.Replace("{results}", results)), "--out", ""]), "names no file");
    }

    [TestCase("pipe")]
    [TestCase("device")]
    public void An_input_that_is_no_regular_file_is_refused_before_it_is_opened(string target)
    {
        Assume.That(target != "device" || targets.HasDevice, "mknod is not permitted here");
        // Were the pipe opened, the read would wait for a writer: one comes after 5 s and writes nothing, so a command
        // that opens it fails this test on its message rather than hangs. Opened for reading and writing, the pipe
        // does not wait for a reader itself.
        var pipe = targets["pipe"];
        _ = Task.Delay(TimeSpan.FromSeconds(5)).ContinueWith(_ =>
        {
            try { using var writer = new FileStream(pipe, FileMode.Open, FileAccess.ReadWrite); }
            catch (IOException) { }   // the test is over and its folder gone
        }, TaskScheduler.Default);
        AssertRefused(CliRunner.Run("classify", targets[target]), "not a regular file");
    }

    [TestCase("L1VERIFY_THREADS", "abc")]
    [TestCase("L1VERIFY_THREADS", "0")]
    [TestCase("L1VERIFY_THREADS", "-3")]
    [TestCase("L1VERIFY_THREADS", "99999999999")]
    [TestCase("L1VERIFY_JOBS", "abc")]
    [TestCase("L1VERIFY_JOBS", "0")]
    public void A_bad_setting_in_the_environment_is_refused_by_every_command_that_starts_torch(string variable, string value)
    {
        System.Environment.SetEnvironmentVariable(variable, value);
        try
        {
            Assert.Multiple(() =>
            {
                AssertRefused(CliRunner.Run("check", targets["network.json"], "--samples", "10"), $"{variable} is '{value}'");
                AssertRefused(CliRunner.Run("classify", targets["network.json"]), $"{variable} is '{value}'");
            });
        }
        finally { System.Environment.SetEnvironmentVariable(variable, null); }
    }
}
