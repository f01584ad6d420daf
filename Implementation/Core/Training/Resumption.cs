using Verification.Errors;

namespace Verification.Training;

/// <summary>
/// A run started in a checkpoint folder: from scratch when the folder holds no checkpoint, otherwise from its newest
/// one, provided that one belongs to the same run. Rerunning an interrupted command therefore continues it.
/// </summary>
public static class Resumption
{
    /// <summary>The trainer, and the checkpoint it continues from (null when it starts from scratch).</summary>
    public static (Trainer Trainer, string? From) StartOrResume(TrainingOptions options, string checkpointFolder)
    {
        var newest = Checkpoint.InFolder(checkpointFolder).LastOrDefault();
        if (newest is null) return (new Trainer(options), null);
        var checkpoint = Checkpoint.Load(newest);
        var saved = checkpoint.Options;
        if (!SameRun(saved, options))
            throw new BadInputException($"{checkpointFolder} holds checkpoints of another run (seed {saved.Seed}, {saved.Shards} shards); choose another --checkpoints folder");
        // The main stage's length sets its learning-rate schedule, so another length is another run; the
        // fine-tune stage may be lengthened (DISC-8's extended run was), but not cut below the steps already done.
        if (saved.Steps != options.Steps)
            throw new BadInputException($"{checkpointFolder} holds a run with --steps {saved.Steps}, not {options.Steps}; resume it with --steps {saved.Steps} or choose another --checkpoints folder");
        if (checkpoint.Step > options.TotalSteps)
            throw new BadInputException($"{checkpointFolder} holds a run already at step {checkpoint.Step}, past --steps {options.Steps} + --fine-tune-steps {options.FineTuneSteps}; choose another --checkpoints folder");
        return (Trainer.Resume(newest, options), newest);
    }

    /// <summary>Equal in everything but the length of the stages and how often it saves.</summary>
    static bool SameRun(TrainingOptions a, TrainingOptions b)
    {
        static TrainingOptions Core(TrainingOptions o) => o with { Steps = 0, FineTuneSteps = 0, CheckpointInterval = 1, FineTuneDimensions = o.FineTuneDimensions ?? o.Dimensions };
        return Core(a) == Core(b);
    }
}
