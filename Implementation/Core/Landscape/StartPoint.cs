using System.Globalization;
using Verification.Algorithms;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Vocabulary;

namespace Verification.Landscape;

/// <summary>
/// Where one landscape model starts: the hand encoding of Algorithm with kinks of sharpness K and, for pudding,
/// the dense neuron's bias B and slope s (linear while B - s |sum_i x_i| stays large, Pudding.cs).
/// </summary>
public sealed record StartPoint(AlgorithmLabel Algorithm, double K, double? Bias = null, double? Slope = null)
{
    /// <summary>
    /// The start's network for an objective. Without an output bias a hand encoding's constant c moves into a spare
    /// neuron (W = 0, b = 1, v = c / swish(1)), which computes the same function; dropping c instead would start
    /// pudding and convexity off by a constant and lose the comparison before it began.
    /// </summary>
    public Network Encode(int n, long seed, Hypernetwork.Objective objective)
    {
        var network = HandEncoded.Encode(Algorithm, n, K, Bias, Slope ?? Pudding.DefaultS, seed);
        if (objective.OutputBias || network.C == 0) return network;
        // Convexity fills every neuron; its bowl is then fitted on one neuron fewer to free one.
        if (Algorithm == AlgorithmLabel.Convexity) network = WithDeadNeuron(Convexity.Encode(n, seed, HypernetworkShape.HiddenFor(n) - 1));
        var spare = Enumerable.Range(0, network.Hidden).First(j => network.V[j] == 0 && network.W[j].All(w => w == 0));
        var b = network.B.ToArray();
        var v = network.V.ToArray();
        (b[spare], v[spare]) = (1, network.C / Network.Swish(1));
        return network.With(b: b, v: v, c: 0);
    }

    static Network WithDeadNeuron(Network network) => new(
        [.. network.W, new double[network.Inputs]], [.. network.B, 0], [.. network.V, 0], network.C);

    /// <summary>For tables: the algorithm and the settings that tell its starts apart.</summary>
    public override string ToString() => Algorithm == AlgorithmLabel.Convexity
        ? Algorithm.Name
        : Algorithm.Family == AlgorithmFamily.Pudding
            ? string.Create(CultureInfo.InvariantCulture, $"{Algorithm.Name} k {K:G3} B {Bias:G3} s {Slope ?? Pudding.DefaultS:G3}")
            : string.Create(CultureInfo.InvariantCulture, $"{Algorithm.Name} k {K:G3}");
}
