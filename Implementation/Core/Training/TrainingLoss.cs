using static TorchSharp.torch;

namespace Verification.Training;

/// <summary>
/// loss = (16 / n)^(1 + gamma) MSE + beta (16 / n)^2 KL_nats, per generated network. The task error grows like n
/// (n independent coordinates) and the information in an axis-structured network like n^2 (about n
/// neurons of n precise weights), so with gamma = 0 (shipped) these factors put the phase boundaries at the same
/// beta for every n, and at n = 16 the loss is exactly MSE + beta KL, the weight-space experiment's loss. A positive
/// gamma weighs the error of small n more: about 3 gives every n the same accuracy at one beta (Spec/hypernetwork.md,
/// "What each n needs").
/// </summary>
public static class TrainingLoss
{
    public const int ReferenceDimension = 16;

    /// <summary>[nets] MSE, [nets] KL in nats, [nets] beta -> [nets] loss; gamma: the objective's DimensionPower.</summary>
    public static Tensor PerNetwork(Tensor mse, Tensor klNats, Tensor beta, int n, double gamma)
    {
        var scale = (double)ReferenceDimension / n;
        return scale * Math.Pow(scale, gamma) * mse + beta * klNats * (scale * scale);   // pow(x, 0) is 1 exactly: gamma 0 is the old loss bit for bit
    }

    /// <summary>[nets] beta -> [nets] weight (beta / sqrt(betaMin betaMax))^-balance; all ones for balance 0.</summary>
    public static Tensor BetaWeight(Tensor beta, double betaMin, double betaMax, double balance) =>
        (beta / Math.Sqrt(betaMin * betaMax)).pow(-balance);
}
