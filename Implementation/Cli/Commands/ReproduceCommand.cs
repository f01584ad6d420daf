using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Verification.Claims;
using Verification.Files;
using Verification.Hypernetwork;
using Verification.Results;
using Verification.Study;
using Verification.Sweep;
using Verification.Training;
using Verification.Cli.Units;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>sweep</c> and <c>reproduce</c>: run the discovery sweep on a checkpoint (the shipped one by default)
/// and its training checkpoints (for the shipped one also the extended run of DISC-8), write results.json,
/// print the per-beta summary; reproduce always runs every stage (with the Adam baselines), writes the HTML
/// report too, and with --from-scratch trains the hypernetwork first; sweep runs the stages its options name.
/// </summary>
public static class ReproduceCommand
{
    public static Command CreateSweep()
    {
        var checkpoint = new Option<string?>("--checkpoint") { Description = "hypernetwork checkpoint (default: the shipped one)" };
        var training = new Option<string?>("--checkpoints") { Description = "folder of training checkpoints to sweep at n = 16 (default: the shipped ones with the shipped checkpoint); 'none': no training checkpoints, and no extended run unless --extended names one" };
        var extended = new Option<string?>("--extended") { Description = "the same run trained longer, swept at n = 16 for DISC-8 (default: the shipped one with the shipped checkpoint and training checkpoints; 'none' to skip)" };
        var landscape = new Option<string?>("--landscape") { Description = "an l1-landscape/1 file of the checkpoint's objective at n = 16, for LAND-2 (default: the shipped one with the shipped checkpoint; 'none' to skip)" };
        var baseline = new Option<bool>("--baseline") { Description = "also train and check the three Adam baselines (DISC-6, one batch, about 6 s); reproduce always does" };
        var outPath = new Option<string>("--out") { Description = "results file", DefaultValueFactory = _ => "results.json" };
        var units = new UnitOptions();
        var merge = new Option<bool>("--merge") { Description = "merge the units in --units into --out, refusing a missing unit or one of another run" };
        var command = new Command("sweep", "Sweep beta x seed x n with a trained hypernetwork and write results.json.") { checkpoint, training, extended, landscape, baseline, outPath, merge };
        foreach (var option in units.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var plan = SweepPlan(parse.GetValue(checkpoint), parse.GetValue(training), parse.GetValue(extended), parse.GetValue(baseline), parse.GetValue(landscape));
            var output = parse.GetValue(outPath)!;
            var (folder, shard) = units.Read(parse);
            if (folder is not null) return SweepInUnits.Run(parse, plan, folder, shard, parse.GetValue(merge), output);
            if (parse.GetValue(merge)) throw new Errors.BadInputException("--merge needs --units FOLDER, the folder of the units to merge");
            OutputPath.Require(output);
            Sweep(plan, output, null);
            return 0;
        });
        return command;
    }

    /// <summary>
    /// What <c>sweep</c> runs, from its options: the final checkpoint always; the training checkpoints of
    /// --checkpoints (the shipped ones by default with the shipped checkpoint, none with another, whose training
    /// checkpoints we cannot know); the extended run of --extended (by default the shipped one, only with the
    /// shipped checkpoint, as it continues that run, and not with --checkpoints none, which asks for the final
    /// checkpoint alone); the baselines only with --baseline, as they use no checkpoint. The landscape of --landscape
    /// (LAND-2); by default the shipped one, which describes the shipped objective, so only with the shipped checkpoint.
    /// </summary>
    public static Reproduction.Plan SweepPlan(string? checkpoint, string? checkpoints, string? extended, bool baseline, string? landscape = null)
    {
        var final = ShippedCheckpoints.Resolve(checkpoint);
        var shipped = checkpoint is null;
        var folder = checkpoints ?? (shipped ? ShippedCheckpoints.ShippedTraining : null);
        var extendedPath = extended switch
        {
            "none" => null,
            null => shipped && checkpoints != "none" ? ShippedCheckpoints.Extended : null,
            _ => ShippedCheckpoints.Resolve(extended),
        };
        var landscapePath = landscape switch
        {
            "none" => null,
            null => shipped ? ShippedCheckpoints.Landscape : null,
            _ => File.Exists(landscape) ? landscape : throw new Errors.BadInputException($"landscape file {landscape} does not exist"),
        };
        return new Reproduction.Plan(final, TrainingCheckpoints(folder), "sweep", ExtendedCheckpoint: extendedPath,
            Landscape: landscapePath, Baseline: baseline);
    }

    public static Command CreateReproduce()
    {
        var fromScratch = new Option<bool>("--from-scratch") { Description = "train the hypernetwork first (minutes: the README says how long; into --work) instead of loading the shipped checkpoint" };
        var seed = new Option<long>("--seed") { Description = "training seed with --from-scratch", DefaultValueFactory = _ => new TrainingOptions().Seed };
        var work = new Option<string>("--work") { Description = "folder for checkpoints with --from-scratch", DefaultValueFactory = _ => "reproduction" };
        var outPath = new Option<string>("--out") { Description = "results file", DefaultValueFactory = _ => "results.json" };
        var report = new Option<string>("--report") { Description = "HTML report file", DefaultValueFactory = _ => "report.html" };
        var tests = new Option<string?>("--tests") { Description = "folder of claims.*.json test evidence to include in the verdicts" };
        var command = new Command("reproduce", "The main job: sweep the hypernetwork, evaluate every claim, write results.json and report.html.")
        {
            fromScratch, seed, work, outPath, report, tests,
        };
        command.SetAction(parse =>
        {
            // Everything the run will read or write is checked first: a bad path found after the training wastes it.
            var (output, reportPath) = (parse.GetValue(outPath)!, parse.GetValue(report)!);
            OutputPath.Require(output);
            OutputPath.Require(reportPath);
            // Checked with or without --from-scratch: a bad path is a typo either way.
            var folder = parse.GetValue(work)!;
            OutputPath.RequireFolder(folder, "work folder");
            var evidence = parse.GetValue(tests) is { } testFolder ? TestEvidence.Read(testFolder) : null;
            Reproduction.Plan plan;
            if (parse.GetValue(fromScratch))
            {
                var final = Path.Combine(folder, "hypernetwork.l1hyper");
                var checkpoints = Path.Combine(folder, "checkpoints");
                Directory.CreateDirectory(folder);
                // The shipped checkpoint's own options (its noise stream among them), so that seed 1 retrains it bit for bit.
                var shipped = Checkpoint.Load(ShippedCheckpoints.Resolve(null)).Options;
                var seconds = TrainCommand.Train(shipped with { Seed = parse.GetValue(seed) }, final, checkpoints);
                plan = new Reproduction.Plan(final, TrainingCheckpoints(checkpoints), "reproduce --from-scratch", seconds, Landscape: ShippedCheckpoints.Landscape);
            }
            else
                plan = ShippedPlan();
            Sweep(plan, output, evidence, reportPath);
            return 0;
        });
        return command;
    }

    /// <summary><c>reproduce</c> on the shipped checkpoint: every stage, whatever sweep's defaults are.</summary>
    public static Reproduction.Plan ShippedPlan() =>
        new(ShippedCheckpoints.Resolve(null), TrainingCheckpoints(ShippedCheckpoints.ShippedTraining), "reproduce", ExtendedCheckpoint: ShippedCheckpoints.Extended,
            Landscape: ShippedCheckpoints.Landscape, Baseline: true);

    /// <summary>
    /// Every checkpoint of the plan read and restored into a hypernetwork before the sweep (a few milliseconds
    /// each): a damaged training checkpoint is otherwise found after the main sweep's minute.
    /// </summary>
    public static void RequireReadable(Reproduction.Plan plan)
    {
        foreach (var path in plan.TrainingCheckpoints.Prepend(plan.FinalCheckpoint).Concat(plan.ExtendedCheckpoint is { } extended ? [extended] : []))
            HypernetworkFile.Load(path).Dispose();
    }

    /// <summary>A folder the user names must exist: a typo would otherwise sweep nothing and leave DISC-5 not run.</summary>
    static IReadOnlyList<string> TrainingCheckpoints(string? folder)
    {
        if (folder is null || folder == "none") return [];
        OutputPath.RequireExistingFolder(folder, "checkpoint folder");
        return Checkpoint.InFolder(folder);
    }

    static void Sweep(Reproduction.Plan plan, string outPath, TestEvidence? evidence, string? reportPath = null)
    {
        RequireReadable(plan);
        Write(ProgressDisplay.Run(update => Reproduction.Run(plan, (stage, done, total) => update(stage, done, total, ""))), outPath, evidence, reportPath);
    }

    /// <summary>A run's results judged with the evidence, written, summarised and, with a report path, rendered.</summary>
    public static void Write(RunResults results, string outPath, TestEvidence? evidence, string? reportPath = null)
    {
        results = JudgedResults.Judge(results, evidence);
        ResultsJson.Write(results, outPath);
        SweepSummary.Print(results);
        Console.WriteLine($"wrote {outPath} ({results.Networks.Count} networks)");
        if (reportPath is not null)
        {
            // The report is made from the results, so its own time cannot be among their durations: it is printed.
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Reports.ReportGenerator.Write(results, reportPath);
            Console.WriteLine($"wrote {reportPath} ({clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s)");
        }
    }
}
