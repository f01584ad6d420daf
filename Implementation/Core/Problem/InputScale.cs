using System.Globalization;
using Verification.Errors;
using static TorchSharp.torch;

namespace Verification.Problem;

/// <summary>
/// The spread of input scales a network is trained on: x = r z with z ~ N(0, I_n), the error divided by r. r is
/// log-uniform on [Min, Max], or, with a tail index Alpha, Pareto on [Min, Max] (P(r > t) ~ t^-alpha, truncated at
/// Max). Unit (r = 1) is the shipped N(0, I_n). A wide range of r is a heavy-tailed input distribution that is
/// still scored fairly at every scale: a network right only inside a bounded domain (pudding) pays for the inputs
/// outside it.
/// </summary>
public sealed record InputScale(double Min, double Max, double? Alpha = null)
{
    public static readonly InputScale Unit = new(1, 1);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsUnit => Min == 1 && Max == 1;

    /// <summary>r for shape [...] from uniform u: Quantile(u) elementwise; ones for Unit, drawing nothing.</summary>
    public Tensor Sample(long[] shape, Generator generator)
    {
        if (IsUnit) return ones(shape);
        var u = rand(shape, generator: generator);
        return Alpha is { } alpha
            ? (1 - u * (1 - Math.Pow(Min / Max, alpha))).pow(-1 / alpha) * Min
            : (u * Math.Log(Max / Min) + Math.Log(Min)).exp();
    }

    /// <summary>
    /// The scale below which a share q of the inputs lie: log-uniform Min (Max / Min)^q; truncated Pareto
    /// Min (1 - q (1 - (Min / Max)^alpha))^(-1 / alpha).
    /// </summary>
    public double Quantile(double q) => Alpha is { } alpha
        ? Min * Math.Pow(1 - q * (1 - Math.Pow(Min / Max, alpha)), -1 / alpha)
        : Min * Math.Pow(Max / Min, q);

    public override string ToString() => IsUnit ? "1"
        : Alpha is { } alpha ? string.Create(CultureInfo.InvariantCulture, $"pareto:{alpha}:{Min}:{Max}")
        : string.Create(CultureInfo.InvariantCulture, $"{Min}:{Max}");

    /// <summary>"MIN:MAX" (log-uniform) or "pareto:ALPHA:MIN:MAX", with 1e-6 &lt;= MIN &lt;= MAX &lt;= 1e6 and ALPHA in [0.1, 10]; or "1".</summary>
    public static InputScale Parse(string text)
    {
        if (text == "1") return Unit;
        var parts = text.Split(':');
        var pareto = parts.Length == 4 && parts[0] == "pareto";
        var numbers = (pareto ? parts[1..] : parts).Select(Number).ToArray();
        if ((pareto || parts.Length == 2) && numbers.All(x => x is not null))
        {
            var (min, max) = (numbers[^2]!.Value, numbers[^1]!.Value);
            var alpha = pareto ? numbers[0] : null;
            if (min >= 1e-6 && max >= min && max <= 1e6 && alpha is null or (>= 0.1 and <= 10)) return new InputScale(min, max, alpha);
        }
        throw new BadInputException($"input scale \"{text}\" is not MIN:MAX or pareto:ALPHA:MIN:MAX with 1e-6 <= MIN <= MAX <= 1e6 and 0.1 <= ALPHA <= 10 (or 1)");
    }

    static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
