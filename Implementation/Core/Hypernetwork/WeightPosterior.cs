using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>
/// The distribution over target networks that the hypernetwork outputs: an independent Gaussian
/// N(mu, sigma^2) per weight, sigma = exp(logSigma). Its KL against the N(0, I) prior is the complexity
/// of a generated network: the information the hypernetwork must put into it beyond the prior.
/// </summary>
public sealed record WeightPosterior(
    Tensor MuW, Tensor LogSigmaW,   // [nets, H, n]
    Tensor MuB, Tensor LogSigmaB,   // [nets, H]
    Tensor MuV, Tensor LogSigmaV,   // [nets, H]
    Tensor MuC, Tensor LogSigmaC)   // [nets]
{
    /// <summary>One network per row: w = mu + sigma * eps. Returns (W, b, v, c) with the shapes above.</summary>
    public (Tensor W, Tensor B, Tensor V, Tensor C) Sample(WeightNoise noise) => (
        MuW + LogSigmaW.exp() * noise.EpsW,
        MuB + LogSigmaB.exp() * noise.EpsB,
        MuV + LogSigmaV.exp() * noise.EpsV,
        MuC + LogSigmaC.exp() * noise.EpsC);

    /// <summary>KL(q || N(0, I)) summed over every weight of a network, in nats: [nets].</summary>
    public Tensor KlNats() => KlNats(WeightPrior.Standard);

    /// <summary>KL(q || prior) summed over every weight of a network, in nats: [nets]. Without an output bias c is not charged.</summary>
    public Tensor KlNats(WeightPrior prior, bool outputBias = true)
    {
        var hidden = GaussianKl.Nats(MuW, LogSigmaW, prior.SigmaW).sum(new long[] { 1, 2 })
            + GaussianKl.Nats(MuB, LogSigmaB, prior.SigmaB).sum(1)
            + GaussianKl.Nats(MuV, LogSigmaV, prior.SigmaV).sum(1);
        return outputBias ? hidden + GaussianKl.Nats(MuC, LogSigmaC, prior.SigmaC) : hidden;
    }
}
