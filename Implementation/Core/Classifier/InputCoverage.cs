namespace Verification.Classifier;

/// <summary>
/// How one input is handled: the contribution of kink neurons (v &gt; 0) reading it with each sign, their
/// summed amplitude A_i = sum v_j |W_ji|, and l_i = sum over linear neurons of v_j W_ji.
/// </summary>
public sealed record InputCoverage(int Input, double Plus, double Minus, double Amplitude, double Linear)
{
    public bool CoveredPlus => Plus >= Thresholds.Coverage;
    public bool CoveredMinus => Minus >= Thresholds.Coverage;
    public bool BothSides => CoveredPlus && CoveredMinus;
    public bool OneSide => CoveredPlus != CoveredMinus;
    public int Side => OneSide ? (CoveredPlus ? 1 : -1) : 0;

    /// <summary>-sigma_i l_i / (A_i / 2): 1 when the linear part exactly cancels the kink's linear half.</summary>
    public double PuddingBalance => OneSide && Amplitude > 0 ? -Side * Linear / (Amplitude / 2) : 0;

    public bool PuddingBalanced => PuddingBalance >= Thresholds.PuddingBalanceLow && PuddingBalance <= Thresholds.PuddingBalanceHigh;

    public static InputCoverage[] Of(int inputs, IReadOnlyList<NeuronProfile> neurons, IReadOnlyList<double[]> w)
    {
        var kinks = neurons.Where(p => p.IsKink).ToArray();
        var linear = neurons.Where(p => p.Role == NeuronRole.Linear).ToArray();
        return Enumerable.Range(0, inputs).Select(i => new InputCoverage(
            i,
            kinks.Where(p => p.TopInput == i && p.TopSign > 0).Sum(p => p.Contribution),
            kinks.Where(p => p.TopInput == i && p.TopSign < 0).Sum(p => p.Contribution),
            kinks.Where(p => p.TopInput == i).Sum(p => p.OutputWeight * Math.Abs(w[p.Index][i])),
            linear.Sum(p => p.OutputWeight * w[p.Index][i]))).ToArray();
    }
}
