using FsCheck;
using FsCheck.Fluent;
using Verification.Algorithms;
using Verification.Checking;
using Verification.Classifier;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Vocabulary;

namespace Verification.Properties.Discovery;

/// <summary>
/// REAL-1: a label is not an algorithm. The shipped checkpoint's double-sided networks at n = 16 must obey
/// the double-sided bound with their own sharpness for every x, on inputs far from N(0, I) too: Gaussian,
/// one-hot, sparse and uniform directions at scales 0.01 to 100 (DoubleSidedBound).
/// </summary>
[Claim("REAL-1")]
public class RealAlgorithmProperties
{
    const int N = 16;

    static readonly Lazy<(Network Network, double K)[]> Generated = new(() =>
        Shipped.Labelled(N, 4, label => label == AlgorithmLabel.DoubleSided).Select(c => (c.Network, DoubleSidedBound.Sharpness(c.Network))).ToArray());

    [Property(MaxTest = 1000)]
    public Property The_shipped_double_sided_networks_obey_the_bound_for_every_x(NonNegativeInt network, int seed)
    {
        if (Generated.Value.Length == 0) return false.Label("the shipped checkpoint generates no double-sided network at n = 16");
        var (net, k) = Generators.Pick(Generated.Value, network);
        var x = Generators.WideInput(N, seed);
        var excess = DoubleSidedBound.Excess(net, k, x);
        return (excess <= 0).Label($"k = {k:G3}, ||x||_1 = {x.Sum(Math.Abs):G3}: the error exceeds the bound by {excess:G3}");
    }
}
