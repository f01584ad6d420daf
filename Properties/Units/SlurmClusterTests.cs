using System.Diagnostics;
using Verification.Properties.Support;
using Verification.Training;

namespace Verification.Properties.Units;

/// <summary>
/// The units on a real Slurm: a single node of Debian's slurm-wlm and munge, started by build/cluster/start-slurm with
/// its configuration, state and logs in a temporary folder, and jobs submitted with the repository's own scripts
/// (deploy/slurm/), as a cluster user would. The sweep as an array and its merge after it give the one-machine
/// results; a training array with a unit cancelled midway resumes it from its checkpoint when submitted again.
/// </summary>
[Category("Cluster"), Claim("UNIT-4")]
[NonParallelizable]
public class SlurmClusterTests
{
    const string Install = "apt-get install -y slurm-wlm munge";
    static readonly string[] Sweep = ["--checkpoints", "none", "--extended", "none", "--landscape", "none"];
    static readonly string[] Train = ["--steps", "1500", "--fine-tune-steps", "0", "--interval", "100"];
    static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    string folder = "", slurm = "", conf = "";
    static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "l1verify");
    static readonly string Repository = RepositoryFolder.Root();

    [OneTimeSetUp]
    public void StartSlurm()
    {
        foreach (var program in new[] { "sbatch", "slurmctld", "slurmd", "munged" })
            if (!OnPath(program))
                Assert.Ignore($"Slurm is not installed ({program} is missing): {Install} (Debian's packages), then dotnet test Properties -s build/all.runsettings --filter TestCategory=Cluster");
        if (System.Environment.UserName != "root")
            Assert.Ignore("the single-node Slurm runs its daemons as root: run the Cluster category as root (a container, CI)");
        folder = Directory.CreateTempSubdirectory("l1verify-slurm-").FullName;
        slurm = Path.Combine(folder, "slurm");
        var started = ChildProcess.Run(Path.Combine(Repository, "build", "cluster", "start-slurm"), [slurm], timeout: TimeSpan.FromMinutes(2));
        Assert.That(started.ExitCode, Is.EqualTo(0), started.ToString());
        conf = started.Out.Trim();
    }

    [OneTimeTearDown]
    public void StopSlurm()
    {
        if (slurm.Length > 0) ChildProcess.Run(Path.Combine(Repository, "build", "cluster", "stop-slurm"), [slurm]);
        if (folder.Length > 0) Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void The_sweep_as_an_array_merged_after_it_gives_the_one_machine_results()
    {
        var work = Work("sweep");
        var submitted = Submit(work, Path.Combine(Repository, "deploy", "slurm", "submit-sweep"), ["3", .. Sweep, "--out", "merged.json"]);
        var (array, merge) = (submitted.Split(' ')[0], submitted.Split(' ')[1]);
        Assert.That(WaitFor(array), Is.All.EqualTo("COMPLETED"), Logs(work));
        Assert.That(WaitFor(merge), Is.All.EqualTo("COMPLETED"), Logs(work));
        var oneMachine = Path.Combine(work, "one-machine.json");
        var alone = ChildProcess.Run(Cli, ["sweep", .. Sweep, "--out", oneMachine], timeout: Patience, environment: new Dictionary<string, string> { ["CI"] = "1" });
        Assert.That(alone.ExitCode, Is.EqualTo(0), alone.ToString());
        var (run, after) = RunMetadata.Comparable(Path.Combine(work, "merged.json"));
        var (expectedRun, expectedAfter) = RunMetadata.Comparable(oneMachine);
        Assert.That(run, Is.EqualTo(expectedRun));
        Assert.That(after == expectedAfter, "everything after the run object is the same bytes");
    }

    [Test]
    public void A_training_unit_cancelled_midway_resumes_from_its_checkpoint_when_the_array_is_submitted_again()
    {
        var work = Work("train");
        var units = Path.Combine(work, "units");
        string[] array = ["--array=1-2", "--cpus-per-task=1", Path.Combine(Repository, "deploy", "slurm", "train-array.sbatch"), .. Train, "--seeds", "1", "2"];
        var first = Submit(work, "sbatch", ["--parsable", .. array]);
        var checkpoints = Path.Combine(units, "seed-2", "checkpoints");
        var clock = Stopwatch.StartNew();
        while (!(Directory.Exists(checkpoints) && Checkpoint.InFolder(checkpoints).Any()))
        {
            Assert.That(clock.Elapsed, Is.LessThan(Patience), $"unit 2 wrote no checkpoint\n{Logs(work)}");
            Thread.Sleep(200);
        }
        Assert.That(Slurm("scancel", $"{first}_2").ExitCode, Is.EqualTo(0));
        Assert.That(WaitFor(first), Is.EquivalentTo(new[] { "COMPLETED", "CANCELLED" }).Or.EquivalentTo(new[] { "COMPLETED", "FAILED" }), Logs(work));
        Assert.That(File.Exists(Path.Combine(units, "train-2-of-2.json")), Is.False, "the cancelled unit wrote no manifest");
        var saved = Checkpoint.Load(Checkpoint.InFolder(checkpoints)[^1]).Step;

        var second = Submit(work, "sbatch", ["--parsable", .. array]);
        Assert.That(WaitFor(second), Is.All.EqualTo("COMPLETED"), Logs(work));
        Assert.That(File.ReadAllText(Path.Combine(work, $"l1-train-{second}_1.out")), Does.Contain("unit 1/2 already done"));
        Assert.That(File.ReadAllText(Path.Combine(work, $"l1-train-{second}_2.out")), Does.Contain($"resuming from step {saved}"));
        foreach (var seed in new[] { 1, 2 })
        {
            var alone = Path.Combine(work, $"alone-{seed}.l1hyper");
            var trained = ChildProcess.Run(Cli, ["train", .. Train, "--seed", $"{seed}", "--out", alone], timeout: Patience,
                environment: new Dictionary<string, string> { ["CI"] = "1", ["L1VERIFY_THREADS"] = "1" });
            Assert.That(trained.ExitCode, Is.EqualTo(0), trained.ToString());
            Assert.That(File.ReadAllBytes(Path.Combine(units, $"seed-{seed}", "hypernetwork.l1hyper")), Is.EqualTo(File.ReadAllBytes(alone)), $"seed {seed}");
        }
    }

    string Work(string name) => Directory.CreateDirectory(Path.Combine(folder, name)).FullName;

    /// <summary>A Slurm command against the test's own cluster, with the scripts' settings: this build's l1verify, the units folder.</summary>
    ChildProcess.Outcome Slurm(string program, IEnumerable<string> arguments, string? work = null) =>
        ChildProcess.Run(program, arguments, work, TimeSpan.FromMinutes(1), new Dictionary<string, string>
        {
            ["SLURM_CONF"] = conf, ["L1VERIFY"] = Cli, ["CI"] = "1", ["UNITS"] = Path.Combine(work ?? folder, "units"),
        });

    ChildProcess.Outcome Slurm(string program, string argument) => Slurm(program, [argument]);

    /// <summary>Submits from the work folder, as a user submits from theirs; what sbatch --parsable (or submit-sweep) printed.</summary>
    string Submit(string work, string program, string[] arguments)
    {
        var submitted = Slurm(program, arguments, work);
        Assert.That(submitted.ExitCode, Is.EqualTo(0), submitted.ToString());
        return submitted.Out.Trim();
    }

    /// <summary>Waits until the job (every task of an array) has left the queue; the states its tasks ended in.</summary>
    string[] WaitFor(string job)
    {
        var clock = Stopwatch.StartNew();
        while (Slurm("squeue", ["-h", "-j", job, "-o", "%i"]).Out.Trim().Length > 0)
        {
            Assert.That(clock.Elapsed, Is.LessThan(Patience), $"job {job} did not finish");
            Thread.Sleep(500);
        }
        return Slurm("scontrol", ["show", "job", "-o", job]).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(' ').First(field => field.StartsWith("JobState=", StringComparison.Ordinal))["JobState=".Length..]).ToArray();
    }

    /// <summary>Every job's output in the work folder, for a failure's message.</summary>
    static string Logs(string work) =>
        string.Join("\n", Directory.GetFiles(work, "l1-*.out").Order().Select(path => $"== {Path.GetFileName(path)}\n{File.ReadAllText(path)}"));

    static bool OnPath(string program) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Append("/usr/sbin").Any(dir => File.Exists(Path.Combine(dir, program)));
}
