using System.CommandLine;
using System.Globalization;
using Verification.Errors;
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
        var interval = new Option<int>("--interval") { Description = "steps between checkpoints", DefaultValueFactory = _ => defaults.CheckpointInterval };
        var command = new Command("train", "Train the hypernetwork; rerun the same command to resume after an interruption.")
        {
            steps, fineTuneSteps, seed, outPath, folder, interval,
        };
        command.SetAction(parse =>
        {
            var options = defaults with { Steps = parse.GetValue(steps), FineTuneSteps = parse.GetValue(fineTuneSteps), Seed = parse.GetValue(seed), CheckpointInterval = parse.GetValue(interval) };
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
        RequireWritableFolder(output);
        using var trainer = StartOrResume(options, checkpoints);
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler stop = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += stop;
        var started = trainer.Step;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            ProgressDisplay.Run(update =>
            {
                trainer.Run(checkpoints, p => update("training", p.Step, options.TotalSteps, string.Create(CultureInfo.InvariantCulture,
                    $"n={p.Dimension} loss {p.Loss:F4} mse {p.Mse:F4} KL {p.KlBits:F0} bits{(p.SkippedSteps > 0 ? $" ({p.SkippedSteps} outlier steps skipped)" : "")}")), cancel.Token);
                return 0;
            });
        }
        finally { Console.CancelKeyPress -= stop; }
        if (cancel.IsCancellationRequested)
        {
            trainer.Capture().Save(Path.Combine(checkpoints, Checkpoint.FileName(trainer.Step)));
            throw new InputError($"interrupted at step {trainer.Step}; checkpoint saved in {checkpoints}; run the same command to resume");
        }
        trainer.Capture().Save(output);
        var skipped = trainer.SkippedSteps > 0 ? $", {trainer.SkippedSteps} of them skipped as outliers (loss above {options.DivergenceLoss:G})" : "";
        Console.WriteLine($"trained {trainer.Step - started} steps{skipped} in {clock.Elapsed.TotalSeconds:F0} s; final checkpoint {output} (all checkpoints in {checkpoints})");
        return clock.Elapsed.TotalSeconds;
    }

    static Trainer StartOrResume(TrainingOptions options, string checkpoints)
    {
        var newest = Checkpoint.InFolder(checkpoints).LastOrDefault();
        if (newest is null) return new Trainer(options);
        var saved = Checkpoint.Load(newest).Options;
        if (!SameRun(saved, options))
            throw new InputError($"{checkpoints} holds checkpoints of another run (seed {saved.Seed}); choose another --checkpoints folder");
        var trainer = Trainer.Resume(newest, options);
        Console.WriteLine($"resuming from step {trainer.Step} ({newest})");
        return trainer;
    }

    /// <summary>Equal in everything but the length of the stages and how often it saves.</summary>
    static bool SameRun(TrainingOptions a, TrainingOptions b)
    {
        static TrainingOptions Core(TrainingOptions o) => o with { Steps = 0, FineTuneSteps = 0, CheckpointInterval = 1, Dimensions = Array.Empty<int>() };
        return Core(a) == Core(b) && a.Dimensions.SequenceEqual(b.Dimensions);
    }

    static void RequireWritableFolder(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder)) throw new InputError($"cannot write {path}: folder {folder} does not exist");
    }
}
