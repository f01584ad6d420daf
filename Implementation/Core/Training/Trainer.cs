using System.Diagnostics;
using Verification.Errors;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Problem;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Verification.Training;

/// <summary>
/// Trains a hypernetwork: each step draws one n from the training dimensions, NetworksPerStep betas
/// log-uniformly, noise and inputs x ~ N(0, I_n), then minimises the mean over networks of
/// TrainingLoss (task MSE against ||x||_1 plus beta times the KL). Everything random in step s comes
/// from a generator seeded by (seed, s), so a run resumed from a checkpoint continues exactly. The networks of a
/// step form TrainingOptions.Shards groups, each drawn from a generator of its own and differentiated apart, so
/// that they run side by side on the cores (StepShards).
/// </summary>
public sealed class Trainer : IDisposable
{
    public TrainingOptions Options { get; }
    public HypernetworkModel Hypernetwork { get; }
    /// <summary>Steps completed so far.</summary>
    public int Step { get; private set; }

    /// <summary>Steps of this run whose update was skipped as an outlier (TrainingOptions.DivergenceLoss).</summary>
    public int SkippedSteps { get; private set; }

    readonly Adam adam;
    readonly Parameter[] parameters;
    readonly StepShards shards;
    /// <summary>One gradient buffer per shard, laid out like Adam's: the shards' gradients add in shard order.</summary>
    readonly FlatBuffer[] shardGradients;
    int skippedInARow;

    /// <summary>workers: the threads the step's shards may run on (default: L1VERIFY_THREADS, or every core); the result does not depend on it.</summary>
    public Trainer(TrainingOptions options, int? workers = null)
    {
        options.Validate();
        Options = options;
        Hypernetwork = HypernetworkFile.ShapedFor(options);
        parameters = Hypernetwork.parameters().ToArray();
        adam = new Adam(parameters);
        shards = new StepShards(options.Shards, workers ?? Torch.Cores);
        shardGradients = Enumerable.Range(0, options.Shards).Select(_ => new FlatBuffer(parameters.Select(p => p.shape).ToArray())).ToArray();
    }

    /// <summary>
    /// Continues the run saved in a checkpoint, with its own options or with the given ones (the caller's
    /// choice when only the length of the stages changes).
    /// </summary>
    public static Trainer Resume(string checkpointPath, TrainingOptions? options = null) => Checkpoint.NamingTheFile(checkpointPath, () =>
    {
        var checkpoint = Checkpoint.Load(checkpointPath);
        var trainer = new Trainer(options ?? checkpoint.Options);
        checkpoint.Restore(trainer.Hypernetwork, trainer.adam);
        trainer.Step = checkpoint.Step;
        return trainer;
    });

    public Checkpoint Capture() => Checkpoint.Capture(Options, Step, Hypernetwork, adam);

    /// <summary>
    /// Runs until Options.TotalSteps (or cancellation), saving a checkpoint every CheckpointInterval steps and at
    /// the end into checkpointFolder (when given); all of them are kept. A step whose loss is an outlier is
    /// skipped; a diverged run (a non-finite loss, or DivergencePatience outlier steps in a row) throws
    /// <see cref="TrainingDiverged"/> and writes nothing, so the newest file on disk is the last good state.
    /// </summary>
    public void Run(string? checkpointFolder, Action<TrainingProgress>? progress = null, CancellationToken cancel = default)
    {
        if (checkpointFolder is not null) Directory.CreateDirectory(checkpointFolder);
        var clock = Stopwatch.StartNew();
        FinalizerPause? pause = null;
        try
        {
            while (Step < Options.TotalSteps && !cancel.IsCancellationRequested)
            {
                if (shards.Workers > 1) pause ??= FinalizerPause.Begin();
                var (dimension, loss, mse, klBits) = TrainStep();
                Step++;
                // Finalizers wait while shards run on several threads; they run between windows of steps.
                if (Step % FinalizerWindow == 0) { pause?.Dispose(); pause = null; }
                progress?.Invoke(new TrainingProgress(Step, Options.TotalSteps, dimension, loss, mse, klBits, SkippedSteps, clock.Elapsed));
                if (checkpointFolder is not null && (Step % Options.CheckpointInterval == 0 || Step == Options.TotalSteps))
                    Capture().Save(Path.Combine(checkpointFolder, Checkpoint.FileName(Step)));
            }
        }
        finally
        {
            pause?.Dispose();
            Torch.Initialise();   // the calling thread's intra-op threads, which its shards set to one
        }
    }

    const int FinalizerWindow = 1_000;

    /// <summary>
    /// Each stage runs at its rate and decays linearly to a tenth over its last DecayFraction; the main stage
    /// first warms up over WarmupSteps. A function of the step only.
    /// </summary>
    public double LearningRateAt(int step) =>
        step < Options.Steps
            ? Decayed(Options.LearningRate, step, Options.Steps) * WarmedUp(step)
            : Decayed(Options.FineTuneLearningRate, step - Options.Steps, Options.FineTuneSteps);

    // min(1, (s + 1) / W): the first step already moves, at 1/W of the rate.
    double WarmedUp(int step) => Options.WarmupSteps == 0 ? 1 : Math.Min(1.0, (step + 1.0) / Options.WarmupSteps);

    double Decayed(double rate, int step, int stageSteps)
    {
        var decayStart = stageSteps * (1 - Options.DecayFraction);
        if (step < decayStart) return rate;
        var progress = (step - decayStart) / Math.Max(1, stageSteps - decayStart);
        return rate * (1 - 0.9 * progress);
    }

    /// <summary>Exponent of the per-beta loss weight: 0 (plain mean) in the main stage, FineTuneBetaBalance after it.</summary>
    public double BetaBalanceAt(int step) => step < Options.Steps ? 0 : Options.FineTuneBetaBalance;

    /// <summary>Share of the log beta range sampled at a step: grows linearly from 10% to all of it during the ramp.</summary>
    public double BetaReachAt(int step)
    {
        var rampSteps = Options.Steps * Options.BetaRampFraction;
        return rampSteps <= 0 ? 1 : Math.Clamp(step / rampSteps, 0.1, 1);
    }

    (int Dimension, double Loss, double Mse, double KlBits) TrainStep()
    {
        using var flush = DenormalFlush.Scope();
        using var scope = NewDisposeScope();
        var stepSeed = StepSeed.Of(Options.Seed, Step);
        using var generator = Torch.Generator(stepSeed);
        var dims = Options.DimensionsAt(Step);
        var n = dims[(int)randint(dims.Count, new long[] { 1 }, generator: generator).item<long>()];
        // A single shard goes on with the step's generator: the stream of the runs trained before shards existed.
        var results = shards.Run(s =>
        {
            using var own = Options.Shards == 1 ? null : Torch.Generator(StepSeed.Of(stepSeed, s));
            return Shard(n, own ?? generator, shardGradients[s]);
        });
        var value = results.Sum(r => r.Loss);

        // Judged without the dimension power's extra weight (16/n)^gamma, which reaches 16^gamma at n = 1, so that the rule
        // skips the same kind of step at every gamma; at gamma = 0 the divisor is 1 exactly.
        var judged = value / Math.Pow((double)TrainingLoss.ReferenceDimension / n, Options.Objective.DimensionPower);
        var outlier = judged > Options.DivergenceLoss;
        skippedInARow = outlier ? skippedInARow + 1 : 0;
        if (!float.IsFinite(value) || skippedInARow >= Options.DivergencePatience)
            throw new TrainingDiverged($"training diverged at step {Step + 1} (n = {n}): loss = {value}{(judged != value ? $" ({judged:G6} without the dimension power's weight)" : "")}{(skippedInARow > 1 ? $", above {Options.DivergenceLoss:G} for {skippedInARow} steps in a row" : "")}; nothing was saved for this step, the newest checkpoint is the last good state");
        if (outlier) SkippedSteps++;
        else
        {
            adam.SetGradients(shardGradients.Select(g => g.All));
            adam.ClipGradients(Options.GradientClip);
            adam.Step(LearningRateAt(Step));
        }
        return (n, value, results.Average(r => r.Mse), results.Average(r => r.KlNats) * GaussianKl.BitsPerNat);
    }

    /// <summary>
    /// One shard of a step: NetworksPerStep / Shards networks with their betas, noise and inputs from the shard's
    /// generator, their share of the step's loss (the mean over the step's networks), and its gradient into the
    /// shard's buffer.
    /// </summary>
    ShardResult Shard(int n, Generator generator, FlatBuffer gradients)
    {
        using var flush = DenormalFlush.Scope();
        using var scope = NewDisposeScope();
        var nets = Options.NetworksPerStep / Options.Shards;
        var beta = Hypernetwork.Betas.SampleLogUniform(nets, generator, BetaReachAt(Step));   // [nets]
        var noise = WeightNoise.Draw(nets, n, Hypernetwork.Shape.TokenSize, generator);
        var x = randn(new long[] { nets, Options.InputsPerNetwork, n }, generator: generator);  // [nets, batch, n]
        var objective = Options.Objective;
        var r = objective.Scale.Sample([nets, Options.InputsPerNetwork], generator);              // [nets, batch]; ones, drawing nothing, at r = 1
        if (!objective.Scale.IsUnit) x = x * r.unsqueeze(-1);

        var posterior = Hypernetwork.Posterior(noise, beta);
        var (w, b, v, c) = posterior.Sample(noise);
        var mse = Objective.Mse(NetworkBatch.Forward(w, b, v, objective.Bias(c), x), x, r);                 // [nets]
        var kl = objective.KlNats(posterior);                                                               // [nets]
        var weight = TrainingLoss.BetaWeight(beta, Options.BetaMin, Options.BetaMax, BetaBalanceAt(Step));               // [nets]
        var loss = (TrainingLoss.PerNetwork(mse, kl, beta, n, objective.DimensionPower) * weight).mean() / Options.Shards;

        var grads = autograd.grad([loss], parameters, allow_unused: true);
        using (no_grad())
        {
            for (var k = 0; k < parameters.Length; k++)
            {
                if (grads[k] is { IsInvalid: false } grad) gradients.Views[k].copy_(grad);
                else gradients.Views[k].zero_();   // a parameter this objective does not use (the output head without an output bias)
            }
        }
        return new ShardResult(loss.item<float>(), mse.mean().item<float>(), kl.mean().item<float>());
    }

    readonly record struct ShardResult(float Loss, float Mse, float KlNats);

    public void Dispose()
    {
        foreach (var buffer in shardGradients) buffer.Dispose();
        adam.Dispose();
        Hypernetwork.Dispose();
    }
}
