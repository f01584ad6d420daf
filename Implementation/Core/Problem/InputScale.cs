using System.Globalization;
using Verification.Errors;
using static TorchSharp.torch;

namespace Verification.Problem;

/// <summary>
/// The spread of input scales a network is trained on: x = r z with z ~ N(0, I_n) and r log-uniform on
/// [Min, Max], the error divided by r. Unit (r = 1) is the shipped N(0, I_n). A wide range of r is a
/// heavy-tailed input distribution that is still scored fairly at every scale: a network right only
/// inside a bounded domain (pudding) pays for the inputs outside it.
/// </summary>
public sealed record InputScale(double Min, double Max)
{
    public static readonly InputScale Unit = new(1, 1);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsUnit => Min == 1 && Max == 1;

    /// <summary>r for shape [...]: exp(U[log Min, log Max]); ones for Unit, drawing nothing.</summary>
    public Tensor Sample(long[] shape, Generator generator) => IsUnit
        ? ones(shape)
        : (rand(shape, generator: generator) * Math.Log(Max / Min) + Math.Log(Min)).exp();

    public override string ToString() => IsUnit ? "1" : string.Create(CultureInfo.InvariantCulture, $"{Min}:{Max}");

    /// <summary>"MIN:MAX" with 0 &lt; MIN &lt;= MAX, or "1".</summary>
    public static InputScale Parse(string text)
    {
        if (text == "1") return Unit;
        var parts = text.Split(':');
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var min)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var max)
            && min > 0 && max >= min && max <= 1e6 && min >= 1e-6)
            return new InputScale(min, max);
        throw new BadInputException($"input scale \"{text}\" is not MIN:MAX with 1e-6 <= MIN <= MAX <= 1e6 (or 1)");
    }
}
