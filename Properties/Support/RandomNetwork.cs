using Verification.Networks;

namespace Verification.Properties.Support;

/// <summary>Unstructured networks for format and evaluation properties, and as the "no algorithm" control.</summary>
public static class RandomNetwork
{
    /// <summary>W, b, v ~ N(0, scale^2) each: output weights of both signs, no structure.</summary>
    public static Network Gaussian(int n, int hidden, int seed, double scale = 1)
    {
        var random = new Random(seed);
        double Draw() => scale * Transform.Gaussian(random);
        return new Network(
            Enumerable.Range(0, hidden).Select(_ => Enumerable.Range(0, n).Select(_ => Draw()).ToArray()).ToArray(),
            Enumerable.Range(0, hidden).Select(_ => Draw()).ToArray(),
            Enumerable.Range(0, hidden).Select(_ => Draw()).ToArray(),
            Draw());
    }

    /// <summary>Every weight an arbitrary finite double (any exponent, sign, subnormals, -0), for exact round trips.</summary>
    public static Network AnyBits(int n, int hidden, int seed)
    {
        var random = new Random(seed);
        double Draw()
        {
            while (true)
            {
                var x = BitConverter.Int64BitsToDouble(random.NextInt64(long.MinValue, long.MaxValue));
                if (double.IsFinite(x)) return x;
            }
        }
        return new Network(
            Enumerable.Range(0, hidden).Select(_ => Enumerable.Range(0, n).Select(_ => Draw()).ToArray()).ToArray(),
            Enumerable.Range(0, hidden).Select(_ => Draw()).ToArray(),
            Enumerable.Range(0, hidden).Select(_ => Draw()).ToArray(),
            Draw());
    }
}
