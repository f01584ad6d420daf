using Verification.Checking;
using Verification.Classifier;
using Verification.Results;
using Verification.Problem;

namespace Verification.Sweep;

/// <summary>
/// Generates every (n, beta, seed) network of a grid, checks them against the L1 norm in batches and
/// classifies each one. Per n, all networks are generated and checked in one batched call.
/// </summary>
public static class SweepRunner
{
    /// <summary>Called after each dimension: networks done so far, networks in all.</summary>
    public delegate void Progress(int done, int total);

    public static List<NetworkResult> Run(NetworkProducer source, NetworkSource sourceName, long? step, SweepGrid grid,
        IReadOnlyList<int> dimensions, Progress? progress = null)
    {
        var pairs = (from beta in grid.Betas from seed in grid.Seeds select (beta, seed)).ToArray();
        var results = new List<NetworkResult>(pairs.Length * dimensions.Count);
        foreach (var n in dimensions)
        {
            using var generated = source(n, pairs.Select(p => p.beta).ToArray(), pairs.Select(p => p.seed).ToArray());
            var checks = L1Check.Run(generated.Networks, InputDomain.Normal, grid.CheckSamples, grid.CheckTolerance, grid.CheckSeed);
            var networks = generated.Networks.ToNetworks();
            var labels = new Classification[pairs.Length];
            Parallel.For(0, pairs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => labels[i] = AlgorithmClassifier.Classify(networks[i]));
            for (var i = 0; i < pairs.Length; i++)
                results.Add(new NetworkResult(sourceName, n, pairs[i].beta, pairs[i].seed, step, labels[i].Algorithm,
                    labels[i].Parameters, labels[i].Purity, generated.KlBits?[i], checks[i]));
            progress?.Invoke(results.Count, pairs.Length * dimensions.Count);
        }
        return results;
    }
}
