using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Verification.Cli.Units;
using Verification.Files;
using Verification.Shell;
using Verification.Training;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>train [--steps N] [--fine-tune-steps M] [--seed S] [--out ckpt] [--checkpoints folder]</c>: trains the hypernetwork from
/// scratch, or resumes the run whose checkpoints are in the folder. Every checkpoint is kept.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var defaults = new TrainingOptions();
        var steps = new Option<int>("--steps") { Description = "steps of the main stage", DefaultValueFactory = _ => defaults.Steps };
        var fineTuneSteps = new Option<int>("--fine-tune-steps") { Description = "steps of the fine-tune stage that follows (0: none)", DefaultValueFactory = _ => defaults.FineTuneSteps };
        var seed = new Option<long>("--seed") { Description = "training seed", DefaultValueFactory = _ => defaults.Seed };
        var outPath = new Option<string>("--out") { Description = "final checkpoint file", DefaultValueFactory = _ => "hypernetwork.l1hyper" };
        var folder = new Option<string?>("--checkpoints") { Description = "folder for the checkpoints every --interval steps (default: <out>-checkpoints)" };
        var fineTuneDimensions = new Option<int[]?>("--fine-tune-dimensions") { Description = $"input dimensions of the fine-tune stage (default: {string.Join(' ', defaults.FineTuneDimensions ?? defaults.Dimensions)})", AllowMultipleArgumentsPerToken = true };
        var interval = new Option<int>("--interval") { Description = "steps between checkpoints", DefaultValueFactory = _ => defaults.CheckpointInterval };
        var shards = new Option<int>("--shards") { Description = "groups a step's networks are drawn and trained in, side by side on the cores; 1: the shipped checkpoint's stream", DefaultValueFactory = _ => defaults.Shards };
        var seeds = new Option<long[]?>("--seeds") { Description = "with --units: one training per seed, each in <units>/seed-S/", AllowMultipleArgumentsPerToken = true };
        var units = new UnitOptions();
        var command = new Command("train", "Train the hypernetwork; rerun the same command to resume after an interruption.")
        {
            steps, fineTuneSteps, fineTuneDimensions, seed, outPath, folder, interval, shards, seeds,
        };
        foreach (var option in units.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var options = defaults with
            {
                Steps = parse.GetValue(steps), FineTuneSteps = parse.GetValue(fineTuneSteps), Seed = parse.GetValue(seed), CheckpointInterval = parse.GetValue(interval),
                Shards = parse.GetValue(shards),
                FineTuneDimensions = parse.GetValue(fineTuneDimensions) is { Length: > 0 } given ? [.. given] : defaults.FineTuneDimensions,
            };
            var (unitFolder, shard) = units.Read(parse);
            var seedList = parse.GetValue(seeds) is { Length: > 0 } listed ? listed : null;
            if (unitFolder is not null)
            {
                UnitOptions.RefuseGiven(parse, outPath, "is not used with --units: each seed's final checkpoint is <units>/seed-S/");
                UnitOptions.RefuseGiven(parse, folder, "is not used with --units: each seed's checkpoints are in <units>/seed-S/");
                return TrainInUnits.Run(parse, options, seedList ?? [options.Seed], unitFolder, shard);
            }
            if (seedList is not null) throw new Errors.BadInputException("--seeds needs --units FOLDER, where each seed trains in its own folder");
            var output = parse.GetValue(outPath)!;
            var checkpoints = parse.GetValue(folder) ?? Path.ChangeExtension(output, null) + "-checkpoints";
            Train(options, output, checkpoints);
            return 0;
        });
        return command;
    }

    /// <summary>Trains (or resumes) into the checkpoint folder and writes the final checkpoint to output; returns seconds spent.</summary>
    public static double Train(TrainingOptions options, string output, string checkpoints)
    {
        options.Validate();
        RequirePaths(output, checkpoints);
        using var trainer = StartOrResume(options, checkpoints);
        using var cancel = new CancellationTokenSource();
        var exitCode = 0;
        // SIGTERM (a scheduler's or container's stop) saves a checkpoint like Ctrl-C instead of losing the steps since the last one.
        PosixSignalRegistration Stop(PosixSignal signal, int code) => PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            exitCode = code;
            cancel.Cancel();
        });
        using var sigint = Stop(PosixSignal.SIGINT, ExitCode.InterruptedBySigint);
        using var sigterm = Stop(PosixSignal.SIGTERM, ExitCode.InterruptedBySigterm);
        var started = trainer.Step;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        ProgressDisplay.Run(update =>
        {
            trainer.Run(checkpoints, p => update("training", p.Step, options.TotalSteps, string.Create(CultureInfo.InvariantCulture,
                $"n={p.Dimension} loss {p.Loss:F4} mse {p.Mse:F4} KL {p.KlBits:F0} bits{(p.SkippedSteps > 0 ? $" ({p.SkippedSteps} outlier steps skipped)" : "")}")), cancel.Token);
            return 0;
        });
        if (cancel.IsCancellationRequested)
        {
            trainer.Capture().Save(Path.Combine(checkpoints, Checkpoint.FileName(trainer.Step)));
            throw new Interrupted($"interrupted at step {trainer.Step}; checkpoint saved in {checkpoints}; run the same command to resume", exitCode);
        }
        trainer.Capture().Save(output);
        var skipped = trainer.SkippedSteps > 0 ? $", {trainer.SkippedSteps} of them skipped as outliers (loss above {options.DivergenceLoss:G})" : "";
        Console.WriteLine($"trained {trainer.Step - started} steps{skipped} in {clock.Elapsed.TotalSeconds:F0} s; final checkpoint {output} (all checkpoints in {checkpoints})");
        return clock.Elapsed.TotalSeconds;
    }

    static Trainer StartOrResume(TrainingOptions options, string checkpoints)
    {
        var (trainer, from) = Resumption.StartOrResume(options, checkpoints);
        if (from is not null) Console.WriteLine($"resuming from step {trainer.Step} ({from})");
        return trainer;
    }

    /// <summary>Both checked before the first step: a run that cannot save is a run wasted.</summary>
    public static void RequirePaths(string output, string checkpoints)
    {
        OutputPath.Require(output);
        OutputPath.RequireFolder(checkpoints, "checkpoint folder");
    }
}
