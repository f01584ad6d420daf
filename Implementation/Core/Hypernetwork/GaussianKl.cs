using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>The complexity of one Gaussian weight against a zero-mean Gaussian prior.</summary>
public static class GaussianKl
{
    /// <summary>KL(N(mu, s^2) || N(0, 1)) = (mu^2 + s^2 - 1) / 2 - log s, in nats, elementwise; logSigma = log s.</summary>
    public static Tensor Nats(Tensor mu, Tensor logSigma) =>
        0.5 * (mu.square() + (2 * logSigma).exp() - 1) - logSigma;

    /// <summary>KL(N(mu, s^2) || N(0, p^2)) = log p - log s + (mu^2 + s^2) / (2 p^2) - 1/2; p = 1 is the form above.</summary>
    public static Tensor Nats(Tensor mu, Tensor logSigma, double priorSigma) => priorSigma == 1
        ? Nats(mu, logSigma)
        : 0.5 * (mu.square() + (2 * logSigma).exp()) / (priorSigma * priorSigma) - 0.5 + Math.Log(priorSigma) - logSigma;

    public static readonly double BitsPerNat = 1 / Math.Log(2);
}
