using static TorchSharp.torch;

namespace Verification.Training;

/// <summary>
/// loss = (16 / n) MSE + beta (16 / n)^2 KL_nats, per generated network. The task error grows like n
/// (n independent coordinates) and the information in an axis-structured network like n^2 (about n
/// neurons of n precise weights), so these factors put the phase boundaries at the same beta for every n,
/// and at n = 16 the loss is exactly MSE + beta KL, the weight-space experiment's loss.
/// </summary>
public static class TrainingLoss
{
    public const int ReferenceDimension = 16;

    /// <summary>[nets] MSE, [nets] KL in nats, [nets] beta -> [nets] loss.</summary>
    public static Tensor PerNetwork(Tensor mse, Tensor klNats, Tensor beta, int n)
    {
        var scale = (double)ReferenceDimension / n;
        return scale * mse + beta * klNats * (scale * scale);
    }

    /// <summary>[nets] beta -> [nets] weight (beta / sqrt(betaMin betaMax))^-balance; all ones for balance 0.</summary>
    public static Tensor BetaWeight(Tensor beta, double betaMin, double betaMax, double balance) =>
        (beta / Math.Sqrt(betaMin * betaMax)).pow(-balance);
}
