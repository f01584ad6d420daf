using Verification.Properties.Support;
using Verification.Training;

namespace Verification.Properties.Units;

/// <summary>
/// Training seeds as units: each seed's final checkpoint is the one <c>train --seed S</c> writes, bit for bit, whether
/// its unit ran under --shard or as a local process; a finished unit does nothing when run again, and a unit killed
/// after a checkpoint resumes from it and ends where the uninterrupted run ends. A few steps of the default options.
/// </summary>
[Claim("UNIT-3")]
[NonParallelizable]
public class TrainUnitsTests
{
    static readonly string[] Train = ["train", "--steps", "30", "--fine-tune-steps", "0", "--interval", "10"];

    string folder = "";

    [OneTimeSetUp]
    public void Create() => folder = Directory.CreateTempSubdirectory("l1verify-train-units-").FullName;

    [OneTimeTearDown]
    public void Remove() => Directory.Delete(folder, recursive: true);

    static CliRunner.Outcome Succeed(params string[] args)
    {
        var outcome = CliRunner.Run(args);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        return outcome;
    }

    /// <summary>The final checkpoint of <c>train --seed S</c> run on its own.</summary>
    byte[] Alone(long seed)
    {
        var output = Path.Combine(folder, $"alone-{seed}.l1hyper");
        if (!File.Exists(output)) Succeed([.. Train, "--seed", $"{seed}", "--out", output]);
        return File.ReadAllBytes(output);
    }

    static byte[] Final(string units, long seed) => File.ReadAllBytes(Path.Combine(units, $"seed-{seed}", "hypernetwork.l1hyper"));

    [Test]
    public void Units_train_each_seed_as_train_does_and_a_finished_unit_does_nothing()
    {
        var units = Path.Combine(folder, "sharded");
        Succeed([.. Train, "--seeds", "3", "4", "--units", units, "--shard", "1/2"]);
        Succeed([.. Train, "--seeds", "3", "4", "--units", units, "--shard", "2/2"]);
        Assert.That(Final(units, 3), Is.EqualTo(Alone(3)));
        Assert.That(Final(units, 4), Is.EqualTo(Alone(4)));
        var again = Succeed([.. Train, "--seeds", "3", "4", "--units", units, "--shard", "2/2"]);
        Assert.That(again.Out.Trim(), Is.EqualTo($"unit 2/2 already done: {Path.Combine(units, "train-2-of-2.json")}"));
    }

    [Test]
    public void A_unit_killed_after_a_checkpoint_resumes_from_it_and_ends_where_the_whole_run_ends()
    {
        var units = Path.Combine(folder, "killed");
        string[] unit = [.. Train, "--seeds", "5", "--units", units, "--shard", "1/1"];
        Succeed(unit);
        var whole = Final(units, 5);
        // What a unit killed between its checkpoints at steps 10 and 20 leaves: no manifest, no final checkpoint.
        File.Delete(Path.Combine(units, "train-1-of-1.json"));
        File.Delete(Path.Combine(units, "seed-5", "hypernetwork.l1hyper"));
        foreach (var later in Checkpoint.InFolder(Path.Combine(units, "seed-5", "checkpoints")).Skip(1)) File.Delete(later);
        var rerun = Succeed(unit);
        Assert.That(rerun.Out, Does.Contain("resuming from step 10"));
        Assert.That(Final(units, 5), Is.EqualTo(whole));
    }

    [Test]
    public void Without_a_unit_named_every_unit_runs_here_as_a_process()
    {
        var units = Path.Combine(folder, "local");
        Succeed([.. Train, "--seeds", "3", "4", "--units", units]);
        Assert.That(Directory.GetFiles(units, "train-*.json").Select(Path.GetFileName), Is.EquivalentTo(new[] { "train-1-of-2.json", "train-2-of-2.json" }));
        Assert.That(Final(units, 3), Is.EqualTo(Alone(3)));
        Assert.That(Final(units, 4), Is.EqualTo(Alone(4)));
    }

    [TestCase("--out", "x.l1hyper")]
    [TestCase("--checkpoints", "made")]
    public void A_path_that_units_would_not_use_is_refused_not_ignored(string option, string name)
    {
        var units = Path.Combine(folder, $"refused-{option.TrimStart('-')}");
        var outcome = CliRunner.Run([.. Train, "--units", units, "--shard", "1/1", option, Path.Combine(folder, name)]);
        Assert.Multiple(() =>
        {
            Assert.That((outcome.ExitCode, outcome.Error), Is.EqualTo((2, $"error: {option} is not used with --units: each seed's {(option == "--out" ? "final checkpoint is" : "checkpoints are in")} <units>/seed-S/\n")));
            Assert.That(Directory.Exists(units), Is.False, "nothing written");
        });
    }
}
