using System.Globalization;
using Verification.Errors;
using static TorchSharp.torch;

namespace Verification.Problem;

/// <summary>
/// Where inputs are drawn from when a network is checked: <c>normal</c> = N(0, I_n) (the training
/// distribution), <c>uniform</c> = U[-1, 1]^n, <c>box:R</c> = U[-R, R]^n.
/// </summary>
public sealed record InputDomain(string Kind, double Radius)
{
    public static readonly InputDomain Normal = new("normal", 0);
    public static readonly InputDomain Uniform = new("uniform", 1);

    public override string ToString() => Kind == "box" ? $"box:{Radius.ToString(CultureInfo.InvariantCulture)}" : Kind;

    public static InputDomain Parse(string text)
    {
        if (text == "normal") return Normal;
        if (text == "uniform") return Uniform;
        if (text.StartsWith("box:", StringComparison.Ordinal)
            && double.TryParse(text.AsSpan(4), NumberStyles.Float, CultureInfo.InvariantCulture, out var r)
            && double.IsFinite(r) && r > 0)
            return new InputDomain("box", r);
        throw new BadInputException($"unknown domain \"{text}\"; use normal, uniform or box:R with R > 0");
    }

    /// <summary>Draws [batch, n] float64 inputs with an explicit generator.</summary>
    public Tensor Sample(int batch, int n, Generator generator) => Kind switch
    {
        "normal" => randn(new long[] { batch, n }, dtype: float64, generator: generator),
        _ => (rand(new long[] { batch, n }, dtype: float64, generator: generator) * 2 - 1) * Radius,
    };
}
