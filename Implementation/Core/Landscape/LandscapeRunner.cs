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
        var cells = options.Betas.SelectMany(beta => LandscapeStart.All.Select(start => (Beta: beta, Start: start))).ToArray();
        var starts = LandscapeStart.All.ToDictionary(s => s, s => LandscapeStart.Encode(s, options.N, options.Seed, options.Objective));
        var modelOptions = new WeightSpaceVariational.Options(options.N, options.Samples, options.Inputs, options.LearningRate,
            options.Seed, options.Objective);
        using var models = new WeightSpaceVariational(cells.Select(c => c.Beta).ToArray(), modelOptions,
            cells.Select(c => starts[c.Start]).ToArray());
        while (models.Step < options.Steps)
        {
            models.Train(Math.Min(ProgressEvery, options.Steps - models.Step));
            progress(models.Step, options.Steps, clock.Elapsed.TotalSeconds);
        }
        var (mse, kl, loss) = models.Evaluate(options.EvaluationSamples, options.EvaluationInputs, StepSeed.Of(options.Seed, -1));
        using var means = models.Means();
        var networks = means.ToNetworks();
        var rows = cells.Select((cell, k) =>
        {
            var classification = AlgorithmClassifier.Classify(networks[k]);
            return new LandscapeRow(cell.Beta, cell.Start, loss[k], mse[k], kl[k] * GaussianKl.BitsPerNat,
                classification.Algorithm, classification.Parameters);
        }).ToArray();
        return new LandscapeResult(options, rows, clock.Elapsed.TotalSeconds);
    }
}
