using FsCheck;
using FsCheck.Fluent;
using Verification.Algorithms;
using Verification.Checking;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Discovery;

/// <summary>
/// REAL-1: a label is not an algorithm. The shipped checkpoint's double-sided networks at n = 16 must obey
/// the double-sided bound with their own sharpness for every x, on inputs far from N(0, I) too: Gaussian,
/// one-hot, sparse and uniform directions at scales 0.01 to 100 (DoubleSidedBound).
/// </summary>
public class RealAlgorithmProperties
{
    const int N = 16;

    static readonly Lazy<(Network Network, double K)[]> Generated = new(() =>
    {
        var betas = Shipped.Grid(25).Betas;
        var seeds = Enumerable.Range(0, 4).Select(s => (long)s).ToArray();
        using var batch = NetworkGenerator.GenerateBatch(Shipped.Hypernetwork, N,
            betas.SelectMany(b => seeds.Select(_ => b)).ToArray(), betas.SelectMany(_ => seeds).ToArray());
        return batch.Networks.ToNetworks().Where(net => AlgorithmClassifier.Classify(net).Algorithm == Algorithm.DoubleSided)
            .Select(net => (net, DoubleSidedBound.Sharpness(net))).ToArray();
    });

    /// <summary>x = r d: d Gaussian, one-hot (+-1), three-sparse or uniform on [-1, 1]^n, r = 10^u with u in [-2, 2].</summary>
    static double[] WideInput(int n, int seed)
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

    static bool Obeys((Network Network, double K) net, int seed) =>
        DoubleSidedBound.Excess(net.Network, net.K, WideInput(net.Network.Inputs, seed)) <= 0;

    [Property(MaxTest = 1000), Claim("REAL-1")]
    public Property The_shipped_double_sided_networks_obey_the_bound_for_every_x(NonNegativeInt network, int seed)
    {
        if (Generated.Value.Length == 0) return false.Label("the shipped checkpoint generates no double-sided network at n = 16");
        var (net, k) = Generators.Pick(Generated.Value, network);
        var x = WideInput(N, seed);
        var excess = DoubleSidedBound.Excess(net, k, x);
        return (excess <= 0).Label($"k = {k:G3}, ||x||_1 = {x.Sum(Math.Abs):G3}: the error exceeds the bound by {excess:G3}");
    }

    /// <summary>The bound's control: hand encodings obey it at any sharpness, and one kink's slope off by 5% breaks it.</summary>
    [Test, Claim("ENC-1")]
    public void Hand_encoded_double_sided_networks_obey_the_bound_and_a_bent_one_does_not()
    {
        var encoded = new[] { 2.0, 8, 30 }.Select(k => (DoubleSided.Encode(N, k), k)).ToArray();
        var bent = encoded.Select(e => (e.Item1.With(v: e.Item1.V.Select((v, j) => j == 0 ? 1.05 * v : v).ToArray()), e.k)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(encoded.Select(e => DoubleSidedBound.Sharpness(e.Item1)), Is.EqualTo(encoded.Select(e => e.k)).Within(1e-12));
            Assert.That(Generators.FindsCounterexample<NonNegativeInt, int>((i, seed) => Obeys(Generators.Pick(encoded, i), seed)), Is.False);
            Assert.That(Generators.FindsCounterexample<NonNegativeInt, int>((i, seed) => Obeys(Generators.Pick(bent, i), seed)), Is.True);
        });
    }
}
