using Verification.Algorithms;
using Verification.Classifier;
using Verification.Networks;

namespace Verification.Checking;

/// <summary>
/// ACC-2: what the pudding algorithm's own theory predicts for a generated pudding network: the hand-encoded
/// pudding with the network's own sharpness k (DoubleSidedTheory.Sharpness), signs (each input's covered side),
/// and pudding neuron (B its bias, s its norm over sqrt(n), from the active linear neuron carrying the most),
/// with the best output bias. Its kinks have double-sided's gap, its pudding neuron the curvature u sigmoid(-u) / s.
/// </summary>
public static class PuddingTheory
{
    /// <summary>The ideal pudding of the network's own k, signs, B and s; null when it has no linear neuron or no kink.</summary>
    public static Network? IdealNetwork(Network network, int samples, long seed)
    {
        var classification = AlgorithmClassifier.Classify(network);
        var k = DoubleSidedTheory.Sharpness(network);
        var pudding = PuddingBound.LinearNeurons(network).OrderByDescending(p => p.Contribution).FirstOrDefault();
        if (pudding is null || k <= 0 || classification.Coverage.Any(c => c.Side == 0)) return null;
        var s = pudding.Norm / Math.Sqrt(network.Inputs);
        var signs = classification.Coverage.Select(c => c.Side).ToArray();
        return DoubleSidedTheory.WithBestBias(Pudding.Encode(network.Inputs, k, network.B[pudding.Index], s, signs), samples, seed);
    }
}
