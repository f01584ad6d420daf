using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Verification.Training;

/// <summary>
/// Adam with its state in plain tensors that we own, so a checkpoint can store and restore it exactly.
/// m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2;  p -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps).
/// The parameters, their gradients and both moments each live end to end in one flat buffer, every parameter
/// a view of its stretch, so a step is a handful of tensor ops instead of a handful per parameter.
/// </summary>
public sealed class Adam : IDisposable
{
    const double Beta1 = 0.9;
    const double Beta2 = 0.999;
    const double Epsilon = 1e-8;

    readonly Parameter[] parameters;
    readonly FlatBuffer values, gradients, firstMoments, secondMoments;
    /// <summary>Views of the first moments' buffer, one per parameter and shaped like it.</summary>
    public Tensor[] FirstMoments => firstMoments.Views;
    /// <summary>Views of the second moments' buffer, one per parameter and shaped like it.</summary>
    public Tensor[] SecondMoments => secondMoments.Views;
    public long Updates { get; private set; }

    /// <summary>Moves the parameters' values into one buffer and gives them gradients in another, both for good.</summary>
    public Adam(IEnumerable<Parameter> parameters)
    {
        this.parameters = parameters.ToArray();
        var shapes = this.parameters.Select(p => p.shape).ToArray();
        values = new FlatBuffer(shapes);
        gradients = new FlatBuffer(shapes);
        firstMoments = new FlatBuffer(shapes);
        secondMoments = new FlatBuffer(shapes);
        using var noGrad = no_grad();
        for (var k = 0; k < this.parameters.Length; k++)
        {
            values.Views[k].copy_(this.parameters[k]);
            this.parameters[k].set_(values.Views[k]);
            // Backward adds into a gradient that exists (in place, while it runs without grad mode), so every
            // gradient lands in the flat buffer. The first step's 0 + g differs from g only in the sign of a
            // zero, which neither the norm nor the moments (m = 0.9 * 0 + 0.1 g = +0) carry on.
            this.parameters[k].grad = gradients.Views[k];
        }
    }

    public void Restore(IReadOnlyList<Tensor> first, IReadOnlyList<Tensor> second, long updates)
    {
        using var noGrad = no_grad();
        for (var k = 0; k < parameters.Length; k++)
        {
            FirstMoments[k].copy_(first[k]);
            SecondMoments[k].copy_(second[k]);
        }
        Updates = updates;
    }

    /// <summary>Rescales gradients to a global norm of at most maxNorm; returns the norm before rescaling.</summary>
    public double ClipGradients(double maxNorm)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        // Summed per parameter and then over parameters, as before the flat buffer: one sum over the whole buffer
        // would add in another order, and the norm scales every gradient. A contiguous stretch of the squares sums
        // like the parameter-shaped tensor it was.
        var squares = gradients.All.square();                                                     // [P]
        var norm = stack(squares.split(gradients.Lengths).Select(s => s.sum()).ToArray()).sum().sqrt().item<float>();
        if (norm > maxNorm) gradients.All.mul_(maxNorm / norm);
        return norm;
    }

    /// <summary>
    /// Every element goes through the same arithmetic as when each parameter had its own tensors. The kernels
    /// compute blocks of 16 floats with vector instructions and the rest one by one; at the shipped width every
    /// parameter but the last (the output head's 2 biases) is a whole number of blocks, so each element also
    /// takes the same path as before. Where sizes are not (the weight-space models), an element may change
    /// path: the two paths of these kernels gave the same bits on 12,000 random elements each (BENCHMARKS.md).
    /// </summary>
    public void Step(double learningRate)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        Updates++;
        var correction1 = 1 - Math.Pow(Beta1, Updates);
        var correction2 = 1 - Math.Pow(Beta2, Updates);
        var (g, m, v) = (gradients.All, firstMoments.All, secondMoments.All);                     // [P] each
        m.mul_(Beta1).add_(g, alpha: 1 - Beta1);
        v.mul_(Beta2).addcmul_(g, g, value: 1 - Beta2);
        var denominator = (v / correction2).sqrt_().add_(Epsilon);
        values.All.addcdiv_(m, denominator, value: -learningRate / correction1);
    }

    public void ZeroGradients() => gradients.All.zero_();

    /// <summary>The gradients become the sum of parts ([P] each, laid out like the parameters), added to zero in the order given.</summary>
    public void SetGradients(IEnumerable<Tensor> parts)
    {
        using var noGrad = no_grad();
        ZeroGradients();
        foreach (var part in parts) gradients.All.add_(part);
    }

    public void Dispose()
    {
        foreach (var buffer in new[] { values, gradients, firstMoments, secondMoments }) buffer.Dispose();
    }
}
