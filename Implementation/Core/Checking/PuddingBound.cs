using Verification.Classifier;
using Verification.Networks;

namespace Verification.Checking;

/// <summary>
/// REAL-2: a network labelled pudding is that algorithm only if it obeys ENC-2's bound inside its own domain,
/// for every x there, not only on N(0, I). Its domain: every active linear neuron stays linear, its
/// pre-activation u_j = b_j + W_j . x at least U0 = 3. There, with k its smallest active kink norm,
/// |f(x) - f(0) - ||x||_1| &lt;= 0.5569 n / k + sum_j |v_j| U0 sigmoid(-U0) + 0.02 ||x||_1:
/// ENC-2's bound (for the hand encoding v_j = 1/s, so the middle term is 3 sigmoid(-3) / s) plus the 2% check's
/// tolerance carried to every scale, as DoubleSidedBound does for double-sided.
/// </summary>
public static class PuddingBound
{
    /// <summary>The least pre-activation of a linear neuron inside the domain (ENC-2's u >= 3).</summary>
    public const double U0 = 3;

    /// <summary>The active linear neurons: pudding's dense part, whose linearity bounds the domain.</summary>
    public static NeuronProfile[] LinearNeurons(Network network) => NeuronProfile.Active(network, NeuronRole.Linear);

    /// <summary>u_j(x) = b_j + W_j . x for one neuron.</summary>
    static double PreActivation(Network network, int j, IReadOnlyList<double> x) => network.B[j] + network.W[j].Select((w, i) => w * x[i]).Sum();

    /// <summary>
    /// x scaled toward 0 just enough that every linear neuron has u_j >= U0 (x itself when it is inside): the
    /// domain along x's direction, its edge included. Null when 0 itself is outside (some b_j &lt; U0).
    /// </summary>
    public static double[]? IntoDomain(Network network, IReadOnlyList<NeuronProfile> linear, IReadOnlyList<double> x)
    {
        var scale = 1.0;
        foreach (var p in linear)
        {
            var (bias, slope) = (network.B[p.Index], PreActivation(network, p.Index, x) - network.B[p.Index]);
            if (bias < U0) return null;
            if (bias + slope < U0) scale = Math.Min(scale, (bias - U0) / -slope);   // slope < 0 here, since bias >= U0
        }
        return x.Select(v => scale * v).ToArray();
    }

    /// <summary>
    /// |f(x) - f(0) - ||x||_1| minus the bound at an x inside the domain: at most 0 inside the bound. The bound is
    /// double-sided's (DoubleSidedBound) plus the linear neurons' curvature, sum_j |v_j| U0 sigmoid(-U0).
    /// </summary>
    public static double Excess(Network network, double sharpness, IReadOnlyList<NeuronProfile> linear, IReadOnlyList<double> x) =>
        DoubleSidedBound.Excess(network, sharpness, x) - linear.Sum(p => Math.Abs(p.OutputWeight)) * U0 / (1 + Math.Exp(U0));
}
