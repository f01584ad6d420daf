using Verification.Networks;

namespace Verification.Classifier;

/// <summary>
/// A reading order for a network that depends on what its parts do, not where they sit: inputs sorted by
/// how they are covered, then by weight sums; active neurons by role, canonical top input, sign, weight
/// pattern and contribution. Permuting inputs or neurons of an encoded algorithm leaves it unchanged.
/// Used by the weight signature (snapshots) and the report's pictures.
/// </summary>
public sealed record CanonicalLayout(Classification Classification, IReadOnlyList<int> Inputs, IReadOnlyList<NeuronProfile> Neurons)
{
    public static CanonicalLayout Of(Network network)
    {
        var result = AlgorithmClassifier.Classify(network);
        var total = result.Neurons.Sum(p => p.Contribution);
        var inputs = InputOrder(network, result);
        var rank = new int[network.Inputs];
        for (var r = 0; r < inputs.Length; r++) rank[inputs[r]] = r;
        var neurons = result.Neurons
            .Where(p => p.IsActive(total))
            .OrderBy(p => p.Role)
            .ThenBy(p => p.Role == NeuronRole.Smooth ? 0 : rank[p.TopInput])
            .ThenByDescending(p => p.TopSign)
            .ThenBy(p => WeightSignature.Pattern(network.W[p.Index], inputs), StringComparer.Ordinal)
            .ThenByDescending(p => Math.Round(p.Contribution, 6))
            .ToArray();
        return new CanonicalLayout(result, inputs, neurons);
    }

    static int[] InputOrder(Network network, Classification result) =>
        result.Coverage
            .OrderByDescending(c => c.BothSides)
            .ThenByDescending(c => c.Side)
            .ThenBy(c => Math.Round(c.Linear, 3))
            .ThenBy(c => Math.Round(c.Amplitude, 3))
            .ThenBy(c => Math.Round(Enumerable.Range(0, network.Hidden).Sum(j => network.V[j] * network.W[j][c.Input]), 4))
            .ThenBy(c => Math.Round(network.W.Sum(row => Math.Abs(row[c.Input])), 4))
            .Select(c => c.Input)
            .ToArray();
}
