using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>
/// All randomness behind a batch of generated networks: a noise token per hidden neuron and per input
/// (what makes seeds differ in what the hypernetwork builds) and the standard normal draws that turn the
/// weight distribution into one network (reparameterisation: w = mu + sigma * eps).
/// </summary>
public sealed record WeightNoise(
    Tensor NeuronTokens,   // [nets, H, d]
    Tensor InputTokens,    // [nets, n, d]
    Tensor EpsW,           // [nets, H, n]
    Tensor EpsB,           // [nets, H]
    Tensor EpsV,           // [nets, H]
    Tensor EpsC)           // [nets]
{
    public int Networks => (int)EpsC.shape[0];
    public int Inputs => (int)InputTokens.shape[1];

    /// <summary>Draws noise for nets networks of dimension n from one generator, in a fixed order.</summary>
    public static WeightNoise Draw(int nets, int n, int tokenSize, Generator generator)
    {
        var h = HypernetworkShape.HiddenFor(n);
        return new WeightNoise(
            randn(new long[] { nets, h, tokenSize }, generator: generator),
            randn(new long[] { nets, n, tokenSize }, generator: generator),
            randn(new long[] { nets, h, n }, generator: generator),
            randn(new long[] { nets, h }, generator: generator),
            randn(new long[] { nets, h }, generator: generator),
            randn(new long[] { nets }, generator: generator));
    }

    /// <summary>Noise of several draws side by side, network axis first.</summary>
    public static WeightNoise Concatenate(IReadOnlyList<WeightNoise> parts) => new(
        cat(parts.Select(p => p.NeuronTokens).ToArray(), 0),
        cat(parts.Select(p => p.InputTokens).ToArray(), 0),
        cat(parts.Select(p => p.EpsW).ToArray(), 0),
        cat(parts.Select(p => p.EpsB).ToArray(), 0),
        cat(parts.Select(p => p.EpsV).ToArray(), 0),
        cat(parts.Select(p => p.EpsC).ToArray(), 0));
}
