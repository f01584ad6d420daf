using System.Diagnostics;
using Verification.Baseline;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Study;
using Verification.Vocabulary;

namespace Verification.Sweep;

/// <summary>
/// One beta level of the comparison. StepsToMatch: the first evaluation from which the weight-space model's
/// majority label equals the hypernetwork's and stays equal to the end of the budget; null if it never settles there.
/// </summary>
public sealed record AmortisationRow(double Beta, AlgorithmLabel HypernetworkLabel, AlgorithmLabel WeightSpaceLabel, int? StepsToMatch);

/// <summary>
/// HypernetworkSeconds: generate and classify the whole phase diagram. WeightSpaceSeconds: train the per-beta
/// models until the last level has settled on the hypernetwork's label, plus one classification of the diagram
/// (the training clock stops while the history is recorded). A level that never settles counts as the whole
/// budget, so with Matched below the level count WeightSpaceSeconds is a lower bound.
/// </summary>
public sealed record AmortisationResult(IReadOnlyList<AmortisationRow> Rows, int Seeds, double HypernetworkSeconds,
    double WeightSpaceSeconds, double ClassifySeconds, int BudgetSteps)
{
    public int Matched => Rows.Count(r => r.StepsToMatch is not null);
    public double Ratio => WeightSpaceSeconds / HypernetworkSeconds;
}

/// <summary>
/// The amortisation ratio: the time the trained hypernetwork needs for a phase diagram
/// over the beta levels, versus training one weight-space variational model per level until it classifies as
/// the hypernetwork's networks do. Labels are the majority over the seeds (hypernetwork) or over as many
/// posterior samples (weight space).
/// </summary>
public static class Amortisation
{
    public delegate void Progress(int step, int budget, double trainingSeconds, IReadOnlyList<AlgorithmLabel> labels);

    public static AmortisationResult Measure(HypernetworkModel hypernetwork, IReadOnlyList<double> betas, int seeds,
        WeightSpaceVariational.Options options, int budgetSteps, int evaluateEvery, Progress progress)
    {
        var seedList = Enumerable.Range(0, seeds).Select(s => (long)s).ToArray();
        var clock = Stopwatch.StartNew();
        AlgorithmLabel[] hyperLabels;
        using (var batch = Hypernetwork.NetworkGenerator.GenerateBatch(hypernetwork, options.N,
                   betas.SelectMany(b => seedList.Select(_ => b)).ToArray(), betas.SelectMany(_ => seedList).ToArray()))
            hyperLabels = MajorityLabels(batch.Networks.ToNetworks(), betas.Count, seeds);
        var hyperSeconds = clock.Elapsed.TotalSeconds;

        using var models = new WeightSpaceVariational(betas, options);
        var history = new List<(int Step, double Seconds, AlgorithmLabel[] Labels)>();
        var training = new Stopwatch();
        var classifySeconds = 0.0;
        while (models.Step < budgetSteps)
        {
            training.Start();
            models.Train(Math.Min(evaluateEvery, budgetSteps - models.Step));
            training.Stop();
            clock.Restart();
            using (var samples = models.Sample(seeds, seed: models.Step))
                history.Add((models.Step, training.Elapsed.TotalSeconds, MajorityLabels(samples.ToNetworks(), betas.Count, seeds)));
            classifySeconds = clock.Elapsed.TotalSeconds;
            progress(models.Step, budgetSteps, training.Elapsed.TotalSeconds, history[^1].Labels);
        }

        var steps = history.Select(h => h.Step).ToArray();
        var rows = betas.Select((beta, k) => new AmortisationRow(beta, hyperLabels[k], history[^1].Labels[k],
            SettledStep(steps, history.Select(h => h.Labels[k]).ToArray(), hyperLabels[k]))).ToArray();
        // A level that never settles on the hypernetwork's label counts as needing the whole budget: a lower bound.
        var lastStep = rows.Max(r => r.StepsToMatch ?? budgetSteps);
        var weightSpaceSeconds = history.First(h => h.Step >= lastStep).Seconds + classifySeconds;
        return new AmortisationResult(rows, seeds, hyperSeconds, weightSpaceSeconds, classifySeconds, budgetSteps);
    }

    /// <summary>The first step from which every recorded label is target; null if the last one is not.</summary>
    public static int? SettledStep(IReadOnlyList<int> steps, IReadOnlyList<AlgorithmLabel> labels, AlgorithmLabel target)
    {
        var settled = labels.Count;
        while (settled > 0 && labels[settled - 1] == target) settled--;
        return settled < labels.Count ? steps[settled] : null;
    }

    /// <summary>networks [levels * seeds], level-major -> the majority label at each level.</summary>
    static AlgorithmLabel[] MajorityLabels(IReadOnlyList<Network> networks, int levels, int seeds) =>
        Enumerable.Range(0, levels).Select(k => Majority.Of(networks.Skip(k * seeds).Take(seeds)
            .Select(net => AlgorithmClassifier.Classify(net).Algorithm))).ToArray();
}
