using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Verification.Training;

/// <summary>
/// Adam with its state in plain tensors that we own, so a checkpoint can store and restore it exactly.
/// m = b1 m + (1 - b1) g;  v = b2 v + (1 - b2) g^2;  p -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps).
/// </summary>
public sealed class Adam : IDisposable
{
    const double Beta1 = 0.9;
    const double Beta2 = 0.999;
    const double Epsilon = 1e-8;

    readonly Parameter[] parameters;
    public Tensor[] FirstMoments { get; }
    public Tensor[] SecondMoments { get; }
    public long Updates { get; private set; }

    public Adam(IEnumerable<Parameter> parameters)
    {
        this.parameters = parameters.ToArray();
        FirstMoments = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        SecondMoments = this.parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
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
        var norm = stack(parameters.Select(p => p.grad!.square().sum()).ToArray()).sum().sqrt().item<float>();
        if (norm > maxNorm)
            foreach (var p in parameters) p.grad!.mul_(maxNorm / norm);
        return norm;
    }

    public void Step(double learningRate)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        Updates++;
        var correction1 = 1 - Math.Pow(Beta1, Updates);
        var correction2 = 1 - Math.Pow(Beta2, Updates);
        for (var k = 0; k < parameters.Length; k++)
        {
            var g = parameters[k].grad!;
            FirstMoments[k].mul_(Beta1).add_(g, alpha: 1 - Beta1);
            SecondMoments[k].mul_(Beta2).addcmul_(g, g, value: 1 - Beta2);
            var denominator = (SecondMoments[k] / correction2).sqrt_().add_(Epsilon);
            parameters[k].addcdiv_(FirstMoments[k], denominator, value: -learningRate / correction1);
        }
    }

    public void ZeroGradients()
    {
        foreach (var p in parameters) p.grad?.zero_();
    }

    public void Dispose()
    {
        foreach (var t in FirstMoments.Concat(SecondMoments)) t.Dispose();
    }
}
