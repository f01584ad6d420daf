using Verification.Training;

namespace Verification.Properties.Training;

/// <summary>A training run small enough for seconds: a 20-step main stage and a 10-step fine-tune stage of a narrow hypernetwork.</summary>
static class SmallRun
{
    public static readonly TrainingOptions Options = new()
    {
        Steps = 20, WarmupSteps = 4, FineTuneSteps = 10, Seed = 3, Width = 8, NetworksPerStep = 4, InputsPerNetwork = 16,
        Dimensions = [2, 3, 4], FineTuneDimensions = null, CheckpointInterval = 15,
    };

    /// <summary>Every parameter of the hypernetwork, flattened: equal arrays mean bit-identical weights.</summary>
    public static float[] Parameters(Trainer trainer) => trainer.Capture().Tensors.SelectMany(t => t.Values).ToArray();
}
