using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>
/// The complexity weight beta as the hypernetwork sees it: log10(beta) mapped linearly so that the
/// training range [BetaMin, BetaMax] becomes [-1, 1]. Betas outside the range are allowed (extrapolation).
/// </summary>
public sealed record BetaScale(double BetaMin, double BetaMax)
{
    public static readonly BetaScale Default = new(1e-6, 1e-2);

    double Middle => (Math.Log10(BetaMin) + Math.Log10(BetaMax)) / 2;
    double HalfWidth => (Math.Log10(BetaMax) - Math.Log10(BetaMin)) / 2;

    /// <summary>(log10 beta - middle) / half width: [nets] -> [nets].</summary>
    public Tensor Feature(Tensor beta) => (beta.log10() - Middle) / HalfWidth;

    /// <summary>
    /// beta = 10^u with u uniform on [log10 BetaMin, log10 BetaMin + reach (log10 BetaMax - log10 BetaMin)]:
    /// [nets], float32. reach = 1 is the whole range.
    /// </summary>
    public Tensor SampleLogUniform(int nets, Generator generator, double reach = 1) =>
        pow(10.0, rand(new long[] { nets }, generator: generator) * (2 * HalfWidth * reach) + (Middle - HalfWidth));
}
