using System.Globalization;
using System.Text;
using Verification.Networks;

namespace Verification.Classifier;

/// <summary>
/// A canonical text picture of a network for approval tests: its label, its order parameters and its
/// active neurons with quantised weights. Inputs and neurons are put in an order computed from their
/// roles and weights, not their positions, so permuting inputs or neurons leaves the text unchanged
/// for the encoded algorithms, while breaking a weight of the algorithm changes it.
/// </summary>
public static class WeightSignature
{
    public const string Legend = "weights as a share of the row's largest |w|: P >= 0.5, p >= 0.1, . below 0.1, n <= -0.1, N <= -0.5";

    public static string Of(Network network)
    {
        var result = AlgorithmClassifier.Classify(network);
        var total = result.Neurons.Sum(p => p.Contribution);
        var active = result.Neurons.Where(p => total > 0 && p.Contribution >= Thresholds.ActiveShare * total).ToArray();
        var inputOrder = CanonicalInputOrder(network, result);
        var rank = new int[network.Inputs];
        for (var r = 0; r < inputOrder.Length; r++) rank[inputOrder[r]] = r;

        var text = new StringBuilder();
        text.AppendLine($"algorithm: {result.Algorithm}");
        foreach (var (name, value) in result.Parameters.Named()) text.AppendLine($"{name}: {Format(value)}");
        text.AppendLine($"inactive neurons: {network.Hidden - active.Length}");
        text.AppendLine(Legend);
        text.AppendLine("role    weights (canonical input order)  |W|  b/|W|  v|W|");
        foreach (var p in active
                     .OrderBy(p => p.Role)
                     .ThenBy(p => p.Role == NeuronRole.Smooth ? 0 : rank[p.TopInput])
                     .ThenByDescending(p => p.TopSign)
                     .ThenBy(p => Pattern(network.W[p.Index], inputOrder), StringComparer.Ordinal)
                     .ThenByDescending(p => Math.Round(p.Contribution, 6)))
        {
            var row = network.W[p.Index];
            text.AppendLine($"{p.Role,-7} {Pattern(row, inputOrder)}  {Format(p.Norm)}  {Format(p.Offset)}  {Format(p.Amplitude)}");
        }
        text.AppendLine($"c: {Format(network.C)}");
        return text.ToString();
    }

    /// <summary>
    /// Inputs sorted by what the network does with them, then by weight sums over all neurons (which tell
    /// apart the inputs of an unstructured network); only inputs treated exactly alike keep their order.
    /// </summary>
    static int[] CanonicalInputOrder(Network network, Classification result) =>
        result.Coverage
            .OrderByDescending(c => c.BothSides)
            .ThenByDescending(c => c.Side)
            .ThenBy(c => Math.Round(c.Linear, 3))
            .ThenBy(c => Math.Round(c.Amplitude, 3))
            .ThenBy(c => Math.Round(Enumerable.Range(0, network.Hidden).Sum(j => network.V[j] * network.W[j][c.Input]), 4))
            .ThenBy(c => Math.Round(network.W.Sum(row => Math.Abs(row[c.Input])), 4))
            .Select(c => c.Input)
            .ToArray();

    static string Pattern(double[] row, int[] inputOrder)
    {
        var largest = row.Max(Math.Abs);
        return new string(inputOrder.Select(i => Symbol(largest > 0 ? row[i] / largest : 0)).ToArray());
    }

    static char Symbol(double share) => share switch
    {
        >= 0.5 => 'P',
        >= 0.1 => 'p',
        <= -0.5 => 'N',
        <= -0.1 => 'n',
        _ => '.',
    };

    /// <summary>Three significant digits: stable across machines, fine enough to see a broken weight.</summary>
    static string Format(double value) =>
        double.IsInfinity(value) ? (value > 0 ? "inf" : "-inf")
        : Math.Abs(value) < 5e-4 ? "0"
        : value.ToString("G3", CultureInfo.InvariantCulture);
}
