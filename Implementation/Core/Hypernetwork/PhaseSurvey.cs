using Verification.Checking;
using Verification.Classifier;
using Verification.Problem;
using Verification.Study;

namespace Verification.Hypernetwork;

/// <summary>What the networks generated for one (n, beta) are: one row of a phase diagram.</summary>
public sealed record PhaseRow(int N, double Beta, IReadOnlyList<(long Seed, string Label, double KlBits, CheckResult Check)> Networks)
{
    public int Count(string label) => Networks.Count(x => x.Label == label);
    public int Puddings => Networks.Count(x => Algorithm.IsPudding(x.Label));
    public double MeanKlBits => Networks.Average(x => x.KlBits);
    public double PassRate => Networks.Count(x => x.Check.Pass) / (double)Networks.Count;
}

/// <summary>
/// Generates networks for every (beta, seed), classifies each with AlgorithmClassifier and checks it with
/// L1Check on N(0, I_n): the measurement behind the phase diagram and the generalisation table.
/// </summary>
public static class PhaseSurvey
{
    public static PhaseRow Measure(HypernetworkModel hypernetwork, int n, double beta, IReadOnlyList<long> seeds, int checkSamples = L1Check.DefaultSamples)
    {
        using var batch = NetworkGenerator.GenerateBatch(hypernetwork, n, seeds.Select(_ => beta).ToArray(), seeds);
        var checks = L1Check.Run(batch.Networks, InputDomain.Normal, checkSamples, L1Check.DefaultTolerance, seed: 0);
        return new PhaseRow(n, beta, seeds.Select((seed, k) =>
            (seed, AlgorithmClassifier.Classify(batch.Networks[k]).Algorithm, batch.KlBits[k], checks[k])).ToArray());
    }
}
