using static TorchSharp.torch;

namespace Verification.Problem;

/// <summary>The task every generated network is judged on.</summary>
public static class L1Norm
{
    /// <summary>||x||_1 = sum_i |x_i| over the last axis: [..., n] -> [...].</summary>
    public static Tensor Of(Tensor x) => x.abs().sum(-1);

    public static double Scalar(IReadOnlyList<double> x) => x.Sum(Math.Abs);
}
