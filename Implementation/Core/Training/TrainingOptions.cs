using Verification.Hypernetwork;

namespace Verification.Training;

/// <summary>
/// Everything that determines a training run. Two runs with equal options (and one intra-op thread, whatever the number of shard threads) produce
/// bit-identical hypernetworks; the options travel inside every checkpoint so a resumed run continues
/// the same run.
/// </summary>
public sealed record TrainingOptions
{
    /// <summary>Steps of the main stage; the fine-tune stage follows them.</summary>
    public int Steps { get; init; } = 30_000;
    public long Seed { get; init; } = 1;
    public double LearningRate { get; init; } = 1e-2;
    /// <summary>
    /// The main stage's rate rises linearly from LearningRate / WarmupSteps to LearningRate over its first
    /// WarmupSteps. Adam's first updates move every parameter by about the full rate at once; at 1e-2 that
    /// blew up the generated networks' outputs within a few steps (seed 3 diverged at step 6), and the early
    /// steps also decide which algorithm forms (docs/research/hypernetwork-runs.md, hx13).
    /// </summary>
    public int WarmupSteps { get; init; } = 1_000;
    /// <summary>The last DecayFraction of the steps decay the learning rate linearly to a tenth.</summary>
    public double DecayFraction { get; init; } = 0.3;
    /// <summary>
    /// Over the first BetaRampFraction of the steps the sampled beta range widens from its low end to all of
    /// it (log scale): a network for a new, higher beta starts from what lower betas built, instead of from
    /// a random start, where mean-field Gaussians collapse neurons to the prior before any structure forms.
    /// </summary>
    public double BetaRampFraction { get; init; } = 0;
    /// <summary>
    /// The fine-tune stage: FineTuneSteps more steps at FineTuneLearningRate (decaying like the main stage over
    /// its own last DecayFraction), with each network's loss weighted by (beta / sqrt(BetaMin BetaMax))^-FineTuneBetaBalance.
    /// A positive weight per beta leaves every beta's optimum where it is and only shares the gradient more
    /// evenly: the loss of a high-beta network is hundreds of times a low-beta one's and otherwise drowns
    /// the last digits of accuracy of the low-beta networks.
    /// </summary>
    public int FineTuneSteps { get; init; } = 60_000;
    public double FineTuneLearningRate { get; init; } = 1e-3;
    public double FineTuneBetaBalance { get; init; } = 0.5;
    [System.Text.Json.Serialization.JsonIgnore]
    public int TotalSteps => Steps + FineTuneSteps;
    public int CheckpointInterval { get; init; } = 4_500;
    public int NetworksPerStep { get; init; } = 32;
    /// <summary>
    /// A step's networks form Shards equal groups, each with its own generator (seeded by the step's seed and its
    /// index), graph and gradient, added in shard order: shards run side by side on the machine's cores, and the
    /// result does not depend on how many. 1 draws everything from the step's generator in one graph, the stream of
    /// the runs trained before this option existed, whose checkpoints read as 1.
    /// </summary>
    public int Shards { get; init; } = 2;
    public int InputsPerNetwork { get; init; } = 256;
    public double BetaMin { get; init; } = 1e-6;
    public double BetaMax { get; init; } = 1e-2;
    /// <summary>The prior, output bias and input scale of the loss (Objective); old checkpoints, which lack it, read as the shipped one.</summary>
    public Objective Objective { get; init; } = Objective.Shipped;
    /// <summary>Input dimensions of the main stage, one per step; 5 and 11 are held out.</summary>
    public Dimensions Dimensions { get; init; } = [2, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16];
    /// <summary>
    /// Input dimensions of the fine-tune stage; null: the main stage's. The main stage stays at n <= 16 because
    /// from scratch at lr 1e-2 with n up to 64 the run diverged (docs/research/hypernetwork-runs.md, hx17); the fine-tune at lr 1e-3 adds
    /// n up to 64, holding out 5, 11 and 40 (hx17c).
    /// </summary>
    public Dimensions? FineTuneDimensions { get; init; } = [2, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 20, 24, 32, 48, 64];

    /// <summary>The dimensions a step draws its n from.</summary>
    public Dimensions DimensionsAt(int step) => step < Steps || FineTuneDimensions is null ? Dimensions : FineTuneDimensions;

    /// <summary>Every dimension either stage trains on.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<int> AllDimensions => [.. Dimensions.Concat(FineTuneDimensions ?? []).Distinct()];
    public int Width { get; init; } = 64;
    public int TokenSize { get; init; } = 4;
    /// <summary>Gradients are rescaled to at most this global norm: one unlucky batch cannot wreck the run.</summary>
    public double GradientClip { get; init; } = 1.0;
    /// <summary>
    /// A step whose loss exceeds this is skipped: its update is not applied. Such a step is an outlier: one
    /// generated network with outsized mean weights (|mu| 26-71 against kinks of about 10) has an MSE of
    /// 1e5 while the other networks of the step are fine, and the run recovers after it (docs/research/hypernetwork-runs.md, hx14).
    /// With a DimensionPower gamma the loss is divided by (16/n)^gamma before it is compared.
    /// </summary>
    public double DivergenceLoss { get; init; } = 1e4;
    /// <summary>Training stops as diverged when this many steps in a row are outliers (1: at the first), or at once on a non-finite loss.</summary>
    public int DivergencePatience { get; init; } = 10;

    /// <summary>The widest generated network trained on or asked for (H = 3n): past it the claims have no evidence.</summary>
    public const int MaxDimension = 256;

    public void Validate()
    {
        if ((long)Steps + FineTuneSteps > int.MaxValue) throw new Errors.BadInputException($"steps plus fine-tune steps must be at most {int.MaxValue}");
        if (Steps < 1) throw new Errors.BadInputException($"steps must be at least 1, got {Steps}");
        if (FineTuneSteps < 0) throw new Errors.BadInputException($"fine-tune steps must be at least 0, got {FineTuneSteps}");
        if (!(LearningRate > 0) || !double.IsFinite(LearningRate)) throw new Errors.BadInputException($"learning rate must be positive, got {LearningRate}");
        if (!(FineTuneLearningRate > 0) || !double.IsFinite(FineTuneLearningRate)) throw new Errors.BadInputException($"fine-tune learning rate must be positive, got {FineTuneLearningRate}");
        if (!double.IsFinite(FineTuneBetaBalance)) throw new Errors.BadInputException($"fine-tune beta balance must be finite, got {FineTuneBetaBalance}");
        if (WarmupSteps < 0) throw new Errors.BadInputException($"warmup steps must be at least 0, got {WarmupSteps}");
        if (!(DivergenceLoss > 0)) throw new Errors.BadInputException($"divergence loss must be positive, got {DivergenceLoss}");
        if (DivergencePatience < 1) throw new Errors.BadInputException($"divergence patience must be at least 1, got {DivergencePatience}");
        if (CheckpointInterval < 1) throw new Errors.BadInputException($"checkpoint interval must be at least 1, got {CheckpointInterval}");
        if (NetworksPerStep < 1 || InputsPerNetwork < 1) throw new Errors.BadInputException("networks and inputs per step must be at least 1");
        if (Shards < 1 || NetworksPerStep % Shards != 0) throw new Errors.BadInputException($"shards must be at least 1 and divide the {NetworksPerStep} networks per step, got {Shards}");
        if (!(BetaMin > 0) || !(BetaMax > BetaMin)) throw new Errors.BadInputException($"need 0 < beta min < beta max, got {BetaMin}, {BetaMax}");
        if (Dimensions is null || Dimensions.Count == 0 || Dimensions.Any(n => n is < 1 or > MaxDimension))
            throw new Errors.BadInputException($"dimensions must be a non-empty list of integers in 1..{MaxDimension}");
        if (FineTuneDimensions is { } fineTune && (fineTune.Count == 0 || fineTune.Any(n => n is < 1 or > MaxDimension)))
            throw new Errors.BadInputException($"fine-tune dimensions must be a non-empty list of integers in 1..{MaxDimension}");
        if (!double.IsFinite(BetaMax)) throw new Errors.BadInputException($"beta max must be finite, got {BetaMax}");
        if (!(GradientClip > 0) || !double.IsFinite(GradientClip)) throw new Errors.BadInputException($"gradient clip must be a positive number, got {GradientClip}");
        // Parameters grow with width squared: at 4096 the MLPs and Adam's two moments hold about 600 MB of float32.
        if (Width is < 1 or > 4096 || TokenSize is < 1 or > 1024) throw new Errors.BadInputException($"width must be in 1..4096 and token size in 1..1024, got {Width} and {TokenSize}");
        // float32 activations of one step's generated networks and the per-neuron MLPs that make them, with room
        // for autograd's saved copies (about eight of each).
        var largest = AllDimensions.Max();
        MemoryBudget.Require(4 * 8 * MemoryBudget.Times(NetworksPerStep, 3L * largest, InputsPerNetwork + Width + TokenSize),
            $"a training step of {NetworksPerStep} networks x {InputsPerNetwork} inputs at n = {largest}, width {Width}");
        if (BetaRampFraction is < 0 or > 1) throw new Errors.BadInputException($"beta ramp fraction must be in [0, 1], got {BetaRampFraction}");
        if (Objective is null || Objective.Prior is null || Objective.Scale is null) throw new Errors.BadInputException("the objective needs a prior and an input scale");
        var p = Objective.Prior;
        if (new[] { p.SigmaW, p.SigmaB, p.SigmaV, p.SigmaC }.Any(s => !(s > 0) || !double.IsFinite(s))) throw new Errors.BadInputException("every prior sigma must be positive and finite");
        if (!(Objective.Scale.Min > 0) || !(Objective.Scale.Max >= Objective.Scale.Min) || !double.IsFinite(Objective.Scale.Max)) throw new Errors.BadInputException("the input scale needs 0 < min <= max");
        if (Objective.DimensionPower is var gamma && !Objective.IsDimensionPower(gamma)) throw new Errors.BadInputException($"the error's dimension power must be in [-{Objective.MaxDimensionPower}, {Objective.MaxDimensionPower}], got {gamma}");
        if (Objective.Scale.Alpha is { } alpha && !(alpha > 0 && double.IsFinite(alpha))) throw new Errors.BadInputException($"the input scale's tail index must be positive, got {alpha}");
        if (DecayFraction is < 0 or > 1) throw new Errors.BadInputException($"decay fraction must be in [0, 1], got {DecayFraction}");
    }
}
