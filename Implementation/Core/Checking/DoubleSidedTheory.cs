using Verification.Algorithms;
using Verification.Classifier;
using Verification.Networks;
using Verification.Problem;
using static TorchSharp.torch;

namespace Verification.Checking;

/// <summary>
/// ACC-1: what the double-sided algorithm's own theory predicts for a network's accuracy. The ideal network of
/// sharpness k, f(x) = sum_i x_i tanh(k x_i / 2), falls short of ||x||_1 by a gap of at most 0.5569 / k per input;
/// the best output bias c removes the gap's mean. Its p99 error under the L1 check is the floor a network with
/// kinks of that sharpness can reach, so a generated network's error is compared with it.
/// </summary>
public static class DoubleSidedTheory
{
    /// <summary>The harmonic mean of the active kink norms: the gap sums 0.5569 / k_i over kinks, so this k gives the same sum.</summary>
    public static double Sharpness(Network network)
    {
        var kinks = NeuronProfile.ActiveKinks(network);
        return kinks.Length == 0 ? 0 : kinks.Length / kinks.Sum(p => 1 / p.Norm);
    }

    /// <summary>The ideal double-sided network of sharpness k at dimension n, with its mean gap on N(0, I_n) as output bias.</summary>
    public static Network IdealNetwork(double k, int n, int samples, long seed) => WithBestBias(DoubleSided.Encode(n, k), samples, seed);

    /// <summary>The network with its output bias moved by its mean gap ||x||_1 - f(x) on N(0, I_n): the best constant correction.</summary>
    public static Network WithBestBias(Network network, int samples, long seed)
    {
        using var scope = NewDisposeScope();
        using var generator = Torch.Generator(seed);
        using var batch = NetworkBatch.From([network]);
        var x = InputDomain.Normal.Sample(samples, network.Inputs, generator);   // [samples, n]
        var meanGap = (L1Norm.Of(x) - batch.Evaluate(x)[0]).mean().item<double>();
        return network.With(c: network.C + meanGap);
    }

    /// <summary>The L1 check of the ideal network (the bias fitted on another sample than the check's).</summary>
    public static CheckResult Ideal(double k, int n, int samples, long seed) => CheckOf(IdealNetwork(k, n, samples, seed + 1), samples, seed);

    /// <summary>The L1 check of an ideal network whose bias was fitted on the sample after the check's.</summary>
    public static CheckResult CheckOf(Network ideal, int samples, long seed) => L1Check.Run(ideal, InputDomain.Normal, samples, seed: seed);
}
