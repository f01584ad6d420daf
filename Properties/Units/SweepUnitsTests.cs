using Verification.Properties.Support;

namespace Verification.Properties.Units;

/// <summary>
/// The sweep run as three units in a shared folder and merged gives the results.json one process gives, byte for byte
/// apart from when, how long and where; a finished unit is not run again, and the merge refuses a missing unit, one
/// there twice and one of another run (options, checkpoint, commit) as one line naming the unit, writing nothing.
/// The sweep of the shipped checkpoint alone (12 of its jobs) keeps the two runs at about 30 s each.
/// </summary>
[Claim("UNIT-2")]
[NonParallelizable]
public class SweepUnitsTests
{
    static readonly string[] Sweep = ["sweep", "--checkpoints", "none", "--extended", "none", "--landscape", "none"];

    string folder = "", units = "", oneMachine = "";

    [OneTimeSetUp]
    public void RunBothWays()
    {
        folder = Directory.CreateTempSubdirectory("l1verify-sweep-units-").FullName;
        units = Path.Combine(folder, "units");
        oneMachine = Path.Combine(folder, "one-machine.json");
        Succeed([.. Sweep, "--out", oneMachine]);
        foreach (var unit in new[] { "1/3", "2/3", "3/3" }) Succeed([.. Sweep, "--units", units, "--shard", unit]);
    }

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(folder, recursive: true);

    static CliRunner.Outcome Succeed(string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        return outcome;
    }

    /// <summary>The units folder copied, changed, merged: the outcome and whether results.json was written.</summary>
    (CliRunner.Outcome Outcome, bool Written) MergeCopy(Action<string> change, params string[] options)
    {
        var copy = Path.Combine(folder, $"copy-{Guid.NewGuid():N}");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(units)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        change(copy);
        var output = Path.Combine(copy, "results.json");
        var outcome = CliRunner.Run([.. Sweep, .. options, "--units", copy, "--merge", "--out", output]);
        return (outcome, File.Exists(output));
    }

    [Test]
    public void The_merged_units_give_the_one_machine_results_byte_for_byte_apart_from_timings_and_machine()
    {
        var merged = Path.Combine(folder, "merged.json");
        Succeed([.. Sweep, "--units", units, "--merge", "--out", merged]);
        var (run, rest) = RunMetadata.Comparable(merged);
        var (expectedRun, expectedRest) = RunMetadata.Comparable(oneMachine);
        Assert.That(run, Is.EqualTo(expectedRun));
        Assert.That(rest == expectedRest, "everything after the run object is the same bytes");
    }

    [Test]
    public void A_finished_unit_run_again_does_nothing()
    {
        var path = Path.Combine(units, "sweep-2-of-3.json");
        var before = File.GetLastWriteTimeUtc(path);
        var outcome = Succeed([.. Sweep, "--units", units, "--shard", "2/3"]);
        Assert.That(outcome.Out, Does.Contain("unit 2/3 already done"));
        Assert.That(File.GetLastWriteTimeUtc(path), Is.EqualTo(before));
    }

    static void Edit(string folder, string unit, string from, string to)
    {
        var path = Path.Combine(folder, unit);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(from));
        File.WriteAllText(path, text.Replace(from, to));
    }

    static IEnumerable<TestCaseData> Refusals()
    {
        TestCaseData Case(string name, Action<string> change, string message, params string[] options) =>
            new TestCaseData(change, message, options).SetName(name);
        yield return Case("A missing unit is refused", copy => File.Delete(Path.Combine(copy, "sweep-2-of-3.json")), "unit 2/3 is missing");
        yield return Case("A unit there twice is refused", copy => File.Copy(Path.Combine(copy, "sweep-3-of-3.json"), Path.Combine(copy, "sweep-03-of-3.json")), "unit 3/3 is there twice");
        yield return Case("A unit of another count is refused", copy =>
        {
            File.Move(Path.Combine(copy, "sweep-3-of-3.json"), Path.Combine(copy, "sweep-3-of-4.json"));
            Edit(copy, "sweep-3-of-4.json", "\"index\":3,\"count\":3", "\"index\":3,\"count\":4");
        }, "is one of 4 units, not of 3");
        yield return Case("A unit named as another is refused", copy => File.Move(Path.Combine(copy, "sweep-3-of-3.json"), Path.Combine(copy, "sweep-3-of-4.json")), "holds unit 3/3, not the unit 3/4 its name says");
        yield return Case("A unit run with other options is refused", _ => { }, "was run with other options", "--baseline");
        yield return Case("A unit of another commit is refused",
            copy => Edit(copy, "sweep-2-of-3.json", $"\"commit\":\"{Verification.Results.RunInfoFactory.Commit}\"", "\"commit\":\"0123abc\""), "was run by commit 0123abc");
        yield return Case("A unit of another checkpoint is refused",
            copy => Edit(copy, "sweep-1-of-3.json", "\"checkpointSha256\":\"", "\"checkpointSha256\":\"00"), "read another checkpoint");
        yield return Case("A unit holding another unit's work is refused",
            copy => File.Move(Path.Combine(copy, "sweep-1-of-3.json"), Path.Combine(copy, "sweep-2-of-3.json"), overwrite: true), "holds unit 1/3, not the unit 2/3 its name says");
        yield return Case("A unit whose work is not its own is refused",
            copy => Edit(copy, "sweep-1-of-3.json", "\"slots\":[{\"index\":", "\"slots\":[{\"index\":1"), "holds other work than unit 1/3");
    }

    [TestCaseSource(nameof(Refusals))]
    public void Merge_refuses(Action<string> change, string message, string[] options)
    {
        var (outcome, written) = MergeCopy(change, options);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.Out);
            Assert.That(outcome.Error, Does.Contain(message));
            Assert.That(outcome.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(written, Is.False, "results.json");
        });
    }
}
