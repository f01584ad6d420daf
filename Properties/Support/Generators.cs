using FsCheck;
using FsCheck.Fluent;

namespace Verification.Properties.Support;

/// <summary>The value ranges the properties quantify over, derived from FsCheck's shrinkable built-in types.</summary>
public static class Generators
{
    public const int MaxDimension = 64;

    /// <summary>x in R^n, n in 1..64: the generated array, cut to 64 entries (FsCheck shrinks n and each x_i).</summary>
    public static double[] Input(NonEmptyArray<NormalFloat> values) =>
        values.Get.Take(MaxDimension).Select(v => v.Get).ToArray();

    /// <summary>n in 1..64.</summary>
    public static int Dimension(PositiveInt value) => (value.Get - 1) % MaxDimension + 1;

    /// <summary>Sharpness k spread over 0.1 .. 1000 on a log scale.</summary>
    public static double Sharpness(PositiveInt value) => Math.Pow(10, -1 + 4 * ((value.Get - 1) % 41) / 40.0);

    /// <summary>One of a fixed list, chosen by a shrinkable index.</summary>
    public static T Pick<T>(IReadOnlyList<T> items, NonNegativeInt index) => items[index.Get % items.Count];

    /// <summary>x = r d: d Gaussian, one-hot (+-1), three-sparse or uniform on [-1, 1]^n, r = 10^u with u in [-2, 2].</summary>
    public static double[] WideInput(int n, int seed)
    {
        var random = new Random(seed);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var d = new double[n];
        switch (random.Next(4))
        {
            case 0: for (var i = 0; i < n; i++) d[i] = Gaussian(); break;
            case 1: d[random.Next(n)] = random.Next(2) == 0 ? 1 : -1; break;
            case 2: for (var j = 0; j < 3; j++) d[random.Next(n)] = Gaussian(); break;
            default: for (var i = 0; i < n; i++) d[i] = 2 * random.NextDouble() - 1; break;
        }
        var r = Math.Pow(10, -2 + 4 * random.NextDouble());
        return d.Select(v => r * v).ToArray();
    }

    /// <summary>1000 cases, the floor the suite promises for every property.</summary>
    public static Config Thorough => Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Runs a property over 1000 cases and reports whether FsCheck found a counterexample.</summary>
    public static bool FindsCounterexample<T1, T2>(Func<T1, T2, bool> property)
    {
        try
        {
            Check.One(Thorough.WithQuietOnSuccess(true), Prop.ForAll(property));
            return false;
        }
        catch (Exception e) when (e.Message.Contains("Falsifiable", StringComparison.Ordinal))
        {
            return true;
        }
    }
}
