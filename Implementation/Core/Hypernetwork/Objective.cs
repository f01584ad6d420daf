using Verification.Problem;
using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>
/// What a generated network is trained to minimise, apart from beta: the error it is scored on and the
/// prior its complexity is measured against. loss = (16/n)^(1 + DimensionPower) E[((f(x) - ||x||_1) / r)^2]
/// + beta (16/n)^2 KL(q || prior), x = r z (TrainingLoss, InputScale). Shipped: N(0, 1) for every weight, an output
/// bias, r = 1, DimensionPower 0. A DimensionPower of 0 is left out of the JSON, so files written before it existed,
/// and files of objectives without it, are the same bytes.
/// </summary>
public sealed record Objective(WeightPrior Prior, bool OutputBias, InputScale Scale,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    double DimensionPower = 0)
{
    public static readonly Objective Shipped = new(WeightPrior.Standard, OutputBias: true, InputScale.Unit);

    /// <summary>The largest |DimensionPower|: at 8 the error of n = 1 weighs 16^9, about 7e10, times n = 16's.</summary>
    public const double MaxDimensionPower = 8;

    /// <summary>Whether gamma is a DimensionPower an objective may have: within +-MaxDimensionPower (NaN is not).</summary>
    public static bool IsDimensionPower(double gamma) => Math.Abs(gamma) <= MaxDimensionPower;

    /// <summary>The output bias a network of this objective has: c itself, or zeros when its networks have none.</summary>
    public Tensor Bias(Tensor c) => OutputBias ? c : zeros_like(c);

    /// <summary>KL(q || prior) per network in nats: [nets]; without an output bias c is not charged.</summary>
    public Tensor KlNats(WeightPosterior posterior) => posterior.KlNats(Prior, OutputBias);

    /// <summary>Per-network mean squared scale-relative error: f [nets, batch], x [nets, batch, n], r [nets, batch] -> [nets].</summary>
    public static Tensor Mse(Tensor f, Tensor x, Tensor r) => ((f - L1Norm.Of(x)) / r).square().mean([1]);

    /// <summary>A short description for tables: the knobs that differ from the shipped objective.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (!Prior.IsStandard) parts.Add($"prior W {Prior.SigmaW:G3}, b {Prior.SigmaB:G3}, v {Prior.SigmaV:G3}, c {Prior.SigmaC:G3}");
        if (!OutputBias) parts.Add("no output bias");
        if (!Scale.IsUnit) parts.Add($"input scale {Scale}");
        if (DimensionPower != 0) parts.Add($"error weight (16/n)^{1 + DimensionPower:G3}");
        return parts.Count == 0 ? "shipped" : string.Join("; ", parts);
    }
}
