using System.Diagnostics;
using Verification.Baseline;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Training;

namespace Verification.Landscape;

/// <summary>
/// What the objective itself rewards, free of hypernetwork training dynamics: for each beta, one mean-field
/// weight-space model per hand-encoded start, all trained side by side as one batch (they stay independent,
/// see WeightSpaceVariational). Each model stays in the basin it starts in, so the lowest converged loss
/// at a beta names the algorithm the objective prefers there.
/// </summary>
public static class LandscapeRunner
{
    public delegate void Progress(int step, int steps, double seconds);

    const int ProgressEvery = 500;

    public static LandscapeResult Run(LandscapeOptions options, Progress progress)
    {
        var clock = Stopwatch.StartNew();
        var starts = options.StartPoints;
        var cells = options.Betas.SelectMany(beta => starts.Select(start => (Beta: beta, Start: start))).ToArray();
        var encoded = starts.Select(start => start.Encode(options.N, options.Seed, options.Objective)).ToArray();
        var modelOptions = new WeightSpaceVariational.Options(options.N, options.Samples, options.Inputs, options.LearningRate,
            options.Seed, options.Objective);
        using var models = new WeightSpaceVariational(cells.Select(c => c.Beta).ToArray(), modelOptions,
            cells.Select((_, k) => encoded[k % starts.Count]).ToArray());
        // Scored at 90% of the steps and at the end on the same fresh draws: the drift between them says whether it converged.
        TrainTo(models, options.Steps - options.Steps / 10, options, progress, clock);
        var earlier = Score(models, options).Loss;
        TrainTo(models, options.Steps, options, progress, clock);
        var (mse, kl, loss) = Score(models, options);
        using var means = models.Means();
        var networks = means.ToNetworks();
        var rows = cells.Select((cell, k) =>
        {
            var classification = AlgorithmClassifier.Classify(networks[k]);
            return new LandscapeRow(cell.Beta, cell.Start.Algorithm, loss[k], mse[k], kl[k] * GaussianKl.BitsPerNat,
                classification.Algorithm, classification.Parameters, loss[k] / earlier[k] - 1);
        }).ToArray();
        return new LandscapeResult(options, rows, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Trains every model to step, reporting progress.</summary>
    static void TrainTo(WeightSpaceVariational models, int step, LandscapeOptions options, Progress progress, Stopwatch clock)
    {
        while (models.Step < step)
        {
            models.Train(Math.Min(ProgressEvery, step - models.Step));
            progress(models.Step, options.Steps, clock.Elapsed.TotalSeconds);
        }
    }

    static (double[] Mse, double[] KlNats, double[] Loss) Score(WeightSpaceVariational models, LandscapeOptions options) =>
        models.Evaluate(options.EvaluationSamples, options.EvaluationInputs, StepSeed.Of(options.Seed, -1));
}
