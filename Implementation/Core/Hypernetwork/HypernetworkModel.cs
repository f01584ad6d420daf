using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>
/// Generates a distribution over target networks of any input dimension n (H = 3n swish neurons) for a
/// complexity weight beta. Everything is built from functions shared by all neurons and inputs, so the
/// parameter count does not depend on n:
/// stage A reads each neuron's features (slot, leader flag, its noise token, its home input's token, beta, n);
/// stage B reads each neuron again with pooled context (the mean over neurons and the leader's features); its head gives the neuron's home weight, bias and
/// output weight, and an embedding u_j whose dot product with [1, token_i] gives its weight on every other
/// input i; a pooled head gives the output bias c. Every output is a Gaussian mean and log sigma.
/// </summary>
public sealed class HypernetworkModel : nn.Module
{
    /// <summary>log sigma starts near exp(-3) = 0.05: generated networks start almost deterministic, as in the weight-space experiment.</summary>
    const double LogSigmaStart = -3;
    const double LogSigmaMin = -9;
    const double LogSigmaMax = 1;
    /// <summary>Head outputs per neuron before the two (d + 1)-long embeddings: mu, log sigma of home weight, b and v.</summary>
    const int NeuronScalars = 6;

    public HypernetworkShape Shape { get; }
    public BetaScale Betas { get; }
    /// <summary>The objective it was trained on: its prior measures a generated network's bits, and without an output bias c is 0.</summary>
    public Objective Objective { get; }

    readonly Sequential stageA;
    readonly Sequential stageB;
    readonly Linear neuronHead;
    readonly Sequential outputHead;

    public HypernetworkModel(HypernetworkShape shape, BetaScale betas, Generator generator, Objective? objective = null) : base("hypernetwork")
    {
        Shape = shape;
        Betas = betas;
        Objective = objective ?? Objective.Shipped;
        var (w, d) = (shape.Width, shape.TokenSize);
        stageA = Mlp(NeuronLayout.Slots + 1 + 2 * d + 2, w, w);
        stageB = Mlp(3 * w + 1, w, w);
        neuronHead = nn.Linear(w, NeuronScalars + 2 * (d + 1));
        outputHead = nn.Sequential(("in", nn.Linear(2 * w + 2, w)), ("act", nn.SiLU()), ("out", nn.Linear(w, 2)));
        RegisterComponents();
        Initialise(generator);
    }

    static Sequential Mlp(int inputs, int width, int outputs) => nn.Sequential(
        ("in", nn.Linear(inputs, width)), ("act1", nn.SiLU()),
        ("out", nn.Linear(width, outputs)), ("act2", nn.SiLU()));

    /// <summary>Uniform(+-1/sqrt(fan in)) weights and zero biases from our own generator, so a seed fixes the start.</summary>
    void Initialise(Generator generator)
    {
        using var noGrad = no_grad();
        foreach (var (name, parameter) in named_parameters())
        {
            if (name.EndsWith("bias", StringComparison.Ordinal)) { parameter.zero_(); continue; }
            var bound = 1 / Math.Sqrt(parameter.shape[1]);
            parameter.copy_((rand(parameter.shape, generator: generator) * 2 - 1) * bound);
        }
    }

    /// <summary>
    /// The weight distribution for each network: noise gives the tokens (n from its shape), beta [nets] the
    /// complexity weight it was asked for.
    /// </summary>
    public WeightPosterior Posterior(WeightNoise noise, Tensor beta)
    {
        using var scope = NewDisposeScope();
        var (nets, n, d) = (noise.Networks, noise.Inputs, Shape.TokenSize);
        var h = HypernetworkShape.HiddenFor(n);
        var layout = NeuronLayoutTensors.For(n);
        var context = stack(new[] { Betas.Feature(beta), full(nets, Math.Log2(n) / 4, dtype: float32) }, 1);   // [nets, 2]

        var homeTokens = noise.InputTokens.index_select(1, layout.Home);                                      // [nets, H, d]
        var chosen = NeuronLayout.Leader(noise.NeuronTokens, n).unsqueeze(2);                                 // [nets, H, 1]
        var features = cat(new[]
        {
            layout.SlotOneHot.unsqueeze(0).expand(nets, h, NeuronLayout.Slots), chosen,
            noise.NeuronTokens, homeTokens, context.unsqueeze(1).expand(nets, h, 2),
        }, 2);
        var a = stageA.forward(features);                                                                     // [nets, H, w]
        var pooledA = cat(new[] { a.mean(new long[] { 1 }), (chosen * a).sum(1) }, 1);                        // [nets, 2w]
        var b = stageB.forward(cat(new[] { a, chosen, pooledA.unsqueeze(1).expand(nets, h, pooledA.shape[1]) }, 2));

        var head = neuronHead.forward(b);                                                                     // [nets, H, 6 + 2(d+1)]
        var inputFeatures = cat(new[] { ones(nets, n, 1), noise.InputTokens }, 2);                            // [nets, n, d+1]
        var offMu = matmul(head[.., .., NeuronScalars..(NeuronScalars + d + 1)], inputFeatures.transpose(1, 2));   // [nets, H, n]
        var offLogSigma = matmul(head[.., .., (NeuronScalars + d + 1)..], inputFeatures.transpose(1, 2));
        var (home, offHome) = (layout.HomeMask, layout.OffHomeMask);                                          // [1, H, n]
        var muW = home * head[.., .., 0].unsqueeze(2) + offHome * offMu;
        var logSigmaW = home * head[.., .., 1].unsqueeze(2) + offHome * offLogSigma;

        var pooledB = cat(new[] { b.mean(new long[] { 1 }), (chosen * b).sum(1), context }, 1);               // [nets, 2w + 2]
        var output = outputHead.forward(pooledB);                                                             // [nets, 2]

        var posterior = new WeightPosterior(
            muW, LogSigma(logSigmaW),
            head[.., .., 2], LogSigma(head[.., .., 3]),
            head[.., .., 4], LogSigma(head[.., .., 5]),
            output[.., 0], LogSigma(output[.., 1]));
        foreach (var t in new[] { posterior.MuW, posterior.LogSigmaW, posterior.MuB, posterior.LogSigmaB,
                     posterior.MuV, posterior.LogSigmaV, posterior.MuC, posterior.LogSigmaC })
            t.MoveToOuterDisposeScope();
        return posterior;
    }

    static Tensor LogSigma(Tensor raw) => (raw + LogSigmaStart).clamp(LogSigmaMin, LogSigmaMax);
}
