using Verification.Algorithms;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Study;

namespace Verification.Landscape;

/// <summary>
/// The hand-encoded algorithms a landscape starts its weight-space models at, named by their labels. Kinks
/// of sharpness k = 8 and a pudding neuron with B = 3 sqrt(n) r_max (linear out to three standard deviations of
/// sum_i x_i at the largest input scale the objective trains on) are where the shipped hypernetwork's networks
/// sit, so training only refines them; a pudding start that failed on part of the inputs would lose unfairly.
/// </summary>
public static class LandscapeStart
{
    public const double K = 8;

    public static readonly IReadOnlyList<AlgorithmLabel> All =
        [AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding, AlgorithmLabel.NegativePudding, AlgorithmLabel.Convexity];

    /// <summary>
    /// The start for an objective. Without an output bias a hand encoding's constant c moves into a spare neuron
    /// (W = 0, b = 1, v = c / swish(1)), which computes the same function; dropping c instead would start
    /// pudding and convexity off by a constant and lose the comparison before it began.
    /// </summary>
    public static Network Encode(AlgorithmLabel start, int n, long seed, Training.Objective objective)
    {
        var network = HandEncoded.Encode(start, n, K, PuddingBias(n, objective.Scale.Max), seed: seed);
        if (objective.OutputBias || network.C == 0) return network;
        // Convexity fills every neuron; its bowl is then fitted on one neuron fewer to free one.
        if (start == AlgorithmLabel.Convexity) network = WithDeadNeuron(Convexity.Encode(n, seed, HypernetworkShape.HiddenFor(n) - 1));
        var spare = Enumerable.Range(0, network.Hidden).First(j => network.V[j] == 0 && network.W[j].All(w => w == 0));
        var b = network.B.ToArray();
        var v = network.V.ToArray();
        (b[spare], v[spare]) = (1, network.C / Network.Swish(1));
        return network.With(b: b, v: v, c: 0);
    }

    /// <summary>B = 3 sqrt(n) r_max: three standard deviations of sum_i x_i at the largest input scale.</summary>
    static double PuddingBias(int n, double scaleMax) => 3 * Math.Sqrt(n) * scaleMax;

    static Network WithDeadNeuron(Network network) => new(
        [.. network.W, new double[network.Inputs]], [.. network.B, 0], [.. network.V, 0], network.C);
}
