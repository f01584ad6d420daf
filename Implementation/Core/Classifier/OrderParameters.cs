namespace Verification.Classifier;

/// <summary>
/// The network-level order parameters the decision rules read. Shares are fractions of the total
/// contribution sum_j |v_j| std(swish(W_j . x + b_j)); input fractions are over the n inputs.
/// </summary>
public sealed record OrderParameters(
    int Inputs,
    int Hidden,
    int ActiveNeurons,
    double AxisShare,
    double LinearShare,
    double SmoothPositiveShare,
    double DoubleSidedness,
    double OneSidedness,
    int PositiveInputs,
    int NegativeInputs,
    double PuddingBalanced)
{
    /// <summary>The shares and fractions as named numbers, in a fixed order, for JSON and tables.</summary>
    public IReadOnlyList<(string Name, double Value)> Named() =>
    [
        ("inputs", Inputs), ("hidden", Hidden), ("activeNeurons", ActiveNeurons),
        ("axisShare", AxisShare), ("linearShare", LinearShare), ("smoothPositiveShare", SmoothPositiveShare),
        ("doubleSidedness", DoubleSidedness), ("oneSidedness", OneSidedness),
        ("positiveInputs", PositiveInputs), ("negativeInputs", NegativeInputs), ("puddingBalanced", PuddingBalanced),
    ];
}
