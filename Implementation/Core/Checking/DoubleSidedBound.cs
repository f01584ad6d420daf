using Verification.Algorithms;
using Verification.Classifier;
using Verification.Networks;

namespace Verification.Checking;

/// <summary>
/// REAL-1: a network labelled double-sided is that algorithm only if it obeys ENC-1's bound with its own
/// sharpness for every x, not only on N(0, I):
/// |f(x) - f(0) - ||x||_1| &lt;= 0.5569 n / k + 0.02 ||x||_1, with k the smallest ||W_j|| of its active axis neurons.
/// The hand encoding of sharpness k keeps the first term alone (ENC-1, and f(0) = 0). The second is the 2%
/// check's tolerance carried to every scale: it admits kink slopes v_j ||W_j|| within 2% of 1, but not the
/// corrections fitted to N(0, I) (a dense linear neuron, off-home weights) whose error grows with ||x||.
/// </summary>
public static class DoubleSidedBound
{
    public const double SlopeSlack = 0.02;

    /// <summary>The smallest norm among the axis neurons that carry output; infinity when there is none.</summary>
    public static double Sharpness(Network network)
    {
        var kinks = NeuronProfile.ActiveKinks(network);
        return kinks.Length == 0 ? double.PositiveInfinity : kinks.Min(p => p.Norm);
    }

    /// <summary>|f(x) - f(0) - ||x||_1| minus the bound at x: at most 0 inside it.</summary>
    public static double Excess(Network network, double sharpness, IReadOnlyList<double> x)
    {
        var norm = x.Sum(Math.Abs);
        var error = Math.Abs(network.Evaluate(x) - network.Evaluate(new double[x.Count]) - norm);
        return error - (DoubleSided.GapPerInput * x.Count / sharpness + SlopeSlack * norm);
    }
}
