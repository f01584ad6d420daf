using FsCheck.NUnit;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Training;

namespace Verification.Properties.Cli;

/// <summary>
/// Every command of l1verify, given any command line drawn from its options' declared types and edge values and any
/// value of the environment variables the suite reads, exits 0 (or a gate's 1) or 2, prints at most one line on stderr
/// (a gate's 1 lists what fails, a line each) and never a stack trace, and changes no file when it refuses; a line that holds a value the command must refuse
/// exits 2, and no run, whatever its exit code, replaces a pipe, a device, a link, a read-only or another user's file.
/// In-process through the command line, 1000 cases per command.
/// </summary>
[Claim("CLI-4")]
public class CommandLineProperties
{
    static CommandTargets targets = null!;

    [OneTimeSetUp]
    public void MakeTargets()
    {
        using var trainer = new Trainer(new TrainingOptions { Width = 2, TokenSize = 1, Steps = 1, FineTuneSteps = 0 });
        targets = new CommandTargets(new Dictionary<string, byte[]>
        {
            ["network.json"] = Utf8(NetworkJson.Serialize(Verification.Algorithms.DoubleSided.Encode(2, 10))),
            ["results.json"] = Utf8(ResultsJson.Serialize(SampleResults.Create())),
            ["tiny.l1hyper"] = trainer.Capture().ToBytes(),
            ["landscape.json"] = File.ReadAllBytes(Verification.Study.ShippedCheckpoints.Landscape),
            ["evidence/claims.x.json"] = Utf8("""{"assembly":"x","tests":[{"name":"T.A","claims":["ENC-1"],"outcome":"Passed"}]}"""),
            ["mutation-report.json"] = Utf8("""{"projectRoot":"/","files":{"A.cs":{"mutants":[{"status":"Killed"},{"status":"Survived"}]}}}"""),
            ["checkpoints/.keep"] = [],
        });
        var summary = CliRunner.Run("mutation-score", targets["mutation-report.json"], "--threshold", "0", "--write", targets["mutation.json"]);
        Assert.That(summary.ExitCode, Is.Zero, summary.Error);
    }

    static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    [OneTimeTearDown]
    public void RemoveTargets() => targets.Dispose();

    /// <summary>The variables the suite reads (EnvironmentSetting, Terminal): unset mostly, else a good or a bad value.</summary>
    static readonly (string Name, string[] Good, string[] Bad)[] Variables =
    [
        ("L1VERIFY_THREADS", ["1", "2", ""], ["abc", "0", "-3", "99999999999", " 1", "1025", "1.5", "٢"]),
        ("L1VERIFY_JOBS", ["1", "2", ""], ["abc", "0", "-1", "99999999999", "2 ", "1e3"]),
        ("CI", ["true", "", "ünï"], []),
        ("NO_COLOR", ["1", "", "\t"], []),
    ];

    static (Dictionary<string, string?> Values, bool Bad) DrawEnvironment(Random random)
    {
        var values = new Dictionary<string, string?>();
        var bad = false;
        foreach (var (name, good, refused) in Variables)
        {
            var pick = random.Next(10);
            if (pick < 7) values[name] = null;
            else if (pick < 9 || refused.Length == 0) values[name] = good[random.Next(good.Length)];
            else { values[name] = refused[random.Next(refused.Length)]; bad = true; }
        }
        return (values, bad);
    }

    static void Holds(CommandShape command, int seed)
    {
        var random = new Random(seed);
        var (environment, badEnvironment) = DrawEnvironment(random);
        var runFolder = targets.NewRunFolder();
        var (args, bad) = command.Draw(random, new OptionShape.Context(targets, runFolder), badEnvironment);
        var before = targets.Snapshot();
        var outcome = RunWith(environment, args);
        var what = $"{string.Join(' ', args.Select(a => $"'{a}'"))} with {string.Join(' ', environment.Where(e => e.Value is not null).Select(e => $"{e.Key}='{e.Value}'"))}: exited {outcome.ExitCode}, stderr: {outcome.Error}";
        var lines = outcome.Error.TrimEnd('\n').Split('\n');
        if (outcome.Error.Contains("Exception") || outcome.Error.Contains("   at ")) throw new AssertionException($"a stack trace: {what}");
        if (bad ? outcome.ExitCode != 2 : !command.Codes.Contains(outcome.ExitCode)) throw new AssertionException($"{(bad ? "not refused" : "refused or failed")}: {what}");
        if (lines.Length > 1) throw new AssertionException($"more than one line on stderr: {what}");
        if (outcome.ExitCode == 2 && !lines[0].StartsWith("error: ", StringComparison.Ordinal)) throw new AssertionException($"a refusal without 'error: ': {what}");
        if (!targets.Snapshot().SequenceEqual(before)) throw new AssertionException($"changed the targets: {what}");
        if (outcome.ExitCode == 2 && Directory.EnumerateFileSystemEntries(runFolder).Any()) throw new AssertionException($"refused, but wrote {string.Join(", ", Directory.EnumerateFileSystemEntries(runFolder))}: {what}");
        Directory.Delete(runFolder, recursive: true);
    }

    /// <summary>Runs the command with the variables set, and restores them; a throw is a failure that names the command line.</summary>
    static CliRunner.Outcome RunWith(Dictionary<string, string?> environment, string[] args)
    {
        var saved = environment.Keys.ToDictionary(k => k, System.Environment.GetEnvironmentVariable);
        foreach (var (name, value) in environment) System.Environment.SetEnvironmentVariable(name, value);
        try { return CliRunner.Run(args); }
        catch (Exception e) { throw new AssertionException($"{string.Join(' ', args.Select(a => $"'{a}'"))} threw {e.GetType().Name}: {e.Message}"); }
        finally
        {
            foreach (var (name, value) in saved) System.Environment.SetEnvironmentVariable(name, value);
        }
    }

    [Property(MaxTest = 1000)] public void Encode(int seed) => Holds(CommandShapes.Encode, seed);
    [Property(MaxTest = 1000)] public void Classify(int seed) => Holds(CommandShapes.Classify, seed);
    [Property(MaxTest = 1000)] public void Check(int seed) => Holds(CommandShapes.Check, seed);
    [Property(MaxTest = 1000)] public void Algorithms(int seed) => Holds(CommandShapes.AlgorithmTable, seed);
    [Property(MaxTest = 1000)] public void Baseline(int seed) => Holds(CommandShapes.Baseline, seed);
    [Property(MaxTest = 1000)] public void Verify(int seed) => Holds(CommandShapes.Verify, seed);
    [Property(MaxTest = 1000)] public void Mutation_score(int seed) => Holds(CommandShapes.MutationScore, seed);
    [Property(MaxTest = 1000)] public void Report(int seed) => Holds(CommandShapes.Report, seed);
    [Property(MaxTest = 1000)] public void Train(int seed) => Holds(CommandShapes.Train, seed);
    [Property(MaxTest = 1000)] public void Generate(int seed) => Holds(CommandShapes.Generate, seed);
    [Property(MaxTest = 1000)] public void Sweep(int seed) => Holds(CommandShapes.Sweep, seed);
    [Property(MaxTest = 1000)] public void Reproduce(int seed) => Holds(CommandShapes.Reproduce, seed);
    [Property(MaxTest = 1000)] public void Amortisation(int seed) => Holds(CommandShapes.Amortisation, seed);
    [Property(MaxTest = 1000)] public void Landscape(int seed) => Holds(CommandShapes.Landscape, seed);
}
