using Verification.Networks;
using Verification.Vocabulary;

namespace Verification.Classifier;

/// <summary>The label of a network and the evidence it was decided on.</summary>
public sealed record Classification(AlgorithmLabel Algorithm, OrderParameters Parameters, NeuronProfile[] Neurons, InputCoverage[] Coverage)
{
    /// <summary>The share of the network that is its label's algorithm (Purity); null when unclassified.</summary>
    public double? Purity => Classifier.Purity.Of(this);
}

/// <summary>
/// Recognises the three L1 algorithms from raw weights (Spec/classifier.md). The rules, in order:
/// double-sided: every input has kinks of both signs, and kinks carry >= 90% of the contribution;
/// pudding: every input has a kink of exactly one sign, cancelled by the linear part, and kinks plus
/// linear neurons carry >= 90%; convexity: smooth neurons with v &gt; 0 carry >= 80%. Else unclassified.
/// </summary>
public static class AlgorithmClassifier
{
    public static Classification Classify(Network network)
    {
        var neurons = NeuronProfile.Of(network);
        var coverage = InputCoverage.Of(network.Inputs, neurons, network.W);
        var parameters = Measure(network, neurons, coverage);
        return new Classification(Decide(parameters), parameters, neurons, coverage);
    }

    static OrderParameters Measure(Network network, NeuronProfile[] neurons, InputCoverage[] coverage)
    {
        var total = neurons.Sum(p => p.Contribution);
        double Share(Func<NeuronProfile, bool> which) => total > 0 ? neurons.Where(which).Sum(p => p.Contribution) / total : 0;
        var n = (double)network.Inputs;
        var oneSided = coverage.Where(c => c.OneSide).ToArray();
        return new OrderParameters(
            network.Inputs,
            network.Hidden,
            neurons.Count(p => p.IsActive(total)),
            Share(p => p.IsKink),
            Share(p => p.Role == NeuronRole.Linear),
            Share(p => p.IsBowl),
            coverage.Count(c => c.BothSides) / n,
            oneSided.Length / n,
            oneSided.Count(c => c.Side > 0),
            oneSided.Count(c => c.Side < 0),
            oneSided.Length > 0 ? oneSided.Count(c => c.PuddingBalanced) / (double)oneSided.Length : 0);
    }

    /// <summary>The rules on the order parameters alone, in order; public so that each threshold can be tested where it lies.</summary>
    public static AlgorithmLabel Decide(OrderParameters p)
    {
        if (p.DoubleSidedness == 1 && p.AxisShare >= Thresholds.StructureShare)
            return AlgorithmLabel.DoubleSided;
        if (p.OneSidedness == 1 && p.PuddingBalanced == 1 && p.AxisShare + p.LinearShare >= Thresholds.StructureShare)
            return p.NegativeInputs == 0 ? AlgorithmLabel.PositivePudding
                 : p.PositiveInputs == 0 ? AlgorithmLabel.NegativePudding
                 : AlgorithmLabel.MixedPudding;
        if (p.SmoothPositiveShare >= Thresholds.ConvexShare)
            return AlgorithmLabel.Convexity;
        return AlgorithmLabel.Unclassified;
    }
}
