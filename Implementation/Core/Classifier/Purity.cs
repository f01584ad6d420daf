using Verification.Vocabulary;

namespace Verification.Classifier;

/// <summary>
/// How much of a network is its label's algorithm: the share of its contribution (on N(0, I)) carried by the
/// label's canonical neurons. Double-sided: its kinks (axis neurons, v &gt; 0). Pudding: the kinks on each
/// input's one covered side, and the linear neurons; a weak kink on the other side is not pudding's. Convexity:
/// smooth neurons with v &gt; 0. Every hand encoding has purity 1; a label the classifier gives needs only 0.9
/// (0.8 for convexity), so the rest is what the label leaves out. Unclassified has no canonical neurons: null.
/// </summary>
public static class Purity
{
    /// <summary>A network whose canonical neurons carry this share: dropping the others moves its output's spread by at most the 2% check's tolerance.</summary>
    public const double Threshold = 0.98;

    public static double? Of(Classification classification)
    {
        var neurons = classification.Neurons;
        var total = neurons.Sum(p => p.Contribution);
        if (total <= 0) return null;
        var family = classification.Algorithm.Family;
        Func<NeuronProfile, bool>? canonical =
            family == AlgorithmFamily.DoubleSided ? p => p.IsKink
            : family == AlgorithmFamily.Pudding ? p => p.Role == NeuronRole.Linear || (p.IsKink && p.TopSign == classification.Coverage[p.TopInput].Side)
            : family == AlgorithmFamily.Convexity ? p => p.IsBowl
            : null;
        return canonical is null ? null : neurons.Where(canonical).Sum(p => p.Contribution) / total;
    }
}
