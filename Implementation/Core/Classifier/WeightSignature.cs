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
        var layout = CanonicalLayout.Of(network);
        var result = layout.Classification;
        var text = new StringBuilder();
        text.AppendLine($"algorithm: {result.Algorithm}");
        foreach (var (name, value) in result.Parameters.Named()) text.AppendLine($"{name}: {Format(value)}");
        text.AppendLine($"inactive neurons: {network.Hidden - layout.Neurons.Count}");
        text.AppendLine(Legend);
        text.AppendLine("role    weights (canonical input order)  |W|  b/|W|  v|W|");
        foreach (var p in layout.Neurons)
            text.AppendLine($"{p.Role,-7} {Pattern(network.W[p.Index], layout.Inputs)}  {Format(p.Norm)}  {Format(p.Offset)}  {Format(p.Amplitude)}");
        text.AppendLine($"c: {Format(network.C)}");
        return text.ToString();
    }

    internal static string Pattern(double[] row, IReadOnlyList<int> inputOrder)
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
