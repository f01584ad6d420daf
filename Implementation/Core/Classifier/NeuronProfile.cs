using System.Numerics.Tensors;
using Verification.Networks;

namespace Verification.Classifier;

/// <summary>
/// Order parameters of one hidden neuron. All are functions of (W_j, b_j, v_j) only, computed exactly
/// under x ~ N(0, I_n), where the pre-activation is z ~ N(b_j, ||W_j||^2): so they do not depend on how
/// inputs or neurons are ordered, nor on a random sample.
/// </summary>
public sealed record NeuronProfile(
    int Index,
    double Norm,
    double Alignment,
    int TopInput,
    int TopSign,
    double Offset,
    double OutputWeight,
    double Contribution,
    NeuronRole Role)
{
    /// <summary>A kink: an axis neuron that adds to the output (v &gt; 0), as double-sided and pudding use them.</summary>
    public bool IsKink => Role == NeuronRole.Axis && OutputWeight > 0;

    /// <summary>Part of a convex bowl: a smooth neuron that adds to the output (v &gt; 0), as convexity uses them.</summary>
    public bool IsBowl => Role == NeuronRole.Smooth && OutputWeight > 0;

    /// <summary>v_j ||W_j||: the slope the neuron adds on its side of the kink.</summary>
    public double Amplitude => OutputWeight * Norm;

    /// <summary>The axis neurons that carry output: a network's kinks.</summary>
    public static NeuronProfile[] ActiveKinks(Network network) => Active(network, NeuronRole.Axis);

    /// <summary>
    /// Carries output: at least the active share of the network's summed contribution (total). A network whose
    /// neurons all contribute nothing has no active neuron.
    /// </summary>
    public bool IsActive(double total) => total > 0 && Contribution >= Thresholds.ActiveShare * total;

    /// <summary>The neurons of a role that carry output (IsActive).</summary>
    public static NeuronProfile[] Active(Network network, NeuronRole role)
    {
        var neurons = Of(network);
        var total = neurons.Sum(p => p.Contribution);
        return neurons.Where(p => p.Role == role && p.IsActive(total)).ToArray();
    }

    public static NeuronProfile[] Of(Network network)
    {
        var norms = network.W.Select(row => Math.Sqrt(row.Sum(w => w * w))).ToArray();
        var spread = OutputSpread(norms, network.B);
        return Enumerable.Range(0, network.Hidden).Select(j =>
        {
            var row = network.W[j];
            var top = Enumerable.Range(0, network.Inputs).MaxBy(i => Math.Abs(row[i]));
            var norm = norms[j];
            var alignment = norm > 0 ? Math.Abs(row[top]) / norm : 0;
            var offset = norm > 0 ? network.B[j] / norm : Math.Sign(network.B[j]) * double.PositiveInfinity;
            var role = RoleOf(norm, alignment, offset);
            return new NeuronProfile(j, norm, alignment, top, Math.Sign(row[top]), offset, network.V[j],
                Math.Abs(network.V[j]) * spread[j], role);
        }).ToArray();
    }

    static NeuronRole RoleOf(double norm, double alignment, double offset)
    {
        if (offset >= Thresholds.LinearOffset) return NeuronRole.Linear;
        if (offset > -Thresholds.LinearOffset && norm >= Thresholds.Sharpness && alignment >= Thresholds.AxisAlignment)
            return NeuronRole.Axis;
        return NeuronRole.Smooth;
    }

    /// <summary>
    /// std over z ~ N(b_j, norm_j^2) of swish(z), per neuron: [H]. Vectorised managed arithmetic rather than torch:
    /// the sweep classifies in parallel, and TorchSharp scalars passed to native code can be freed by the
    /// finalizer in the middle of the call (CLS-4).
    /// </summary>
    static double[] OutputSpread(double[] norms, IReadOnlyList<double> biases)
    {
        var (z, s) = (new double[NormalQuadrature.Points], new double[NormalQuadrature.Points]);
        return norms.Select((norm, j) => SwishSpread(biases[j], norm, z, s)).ToArray();
    }

    // sqrt(sum_g p_g (swish(z_g) - mean)^2), z_g = b + norm t_g, mean = sum_g p_g swish(z_g); z and s are scratch [G].
    static double SwishSpread(double bias, double norm, double[] z, double[] s)
    {
        TensorPrimitives.Multiply<double>(NormalQuadrature.Nodes, norm, z);
        TensorPrimitives.Add<double>(z, bias, z);
        TensorPrimitives.Sigmoid<double>(z, s);
        TensorPrimitives.Multiply<double>(z, s, s);
        var mean = TensorPrimitives.Dot<double>(s, NormalQuadrature.Weights);
        TensorPrimitives.Subtract<double>(s, mean, s);
        TensorPrimitives.Multiply<double>(s, s, s);
        return Math.Sqrt(Math.Max(TensorPrimitives.Dot<double>(s, NormalQuadrature.Weights), 0));
    }
}
