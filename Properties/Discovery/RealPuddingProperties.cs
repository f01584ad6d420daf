using FsCheck;
using FsCheck.Fluent;
using Verification.Checking;
using Verification.Classifier;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Discovery;

/// <summary>
/// REAL-2: the shipped checkpoint's pudding networks at n = 16 must obey ENC-2's bound with their own sharpness
/// and linear neurons for every x inside their own domain (PuddingBound): Gaussian, one-hot, sparse and uniform
/// directions at scales 0.01 to 100, each brought inside the domain along its direction.
/// </summary>
[Claim("REAL-2")]
public class RealPuddingProperties
{
    const int N = 16;

    static readonly Lazy<(Network Network, double K, NeuronProfile[] Linear)[]> Generated = new(() =>
        Shipped.Labelled(N, 4, l => l.IsPudding).Select(c => (c.Network, DoubleSidedBound.Sharpness(c.Network), PuddingBound.LinearNeurons(c.Network))).ToArray());

    [Property(MaxTest = 1000)]
    public Property The_shipped_pudding_networks_obey_the_bound_inside_their_domain(NonNegativeInt network, int seed)
    {
        if (Generated.Value.Length == 0) return false.Label("the shipped checkpoint generates no pudding network at n = 16");
        var (net, k, linear) = Generators.Pick(Generated.Value, network);
        if (PuddingBound.IntoDomain(net, linear, Generators.WideInput(N, seed)) is not { } x)
            return false.Label("a linear neuron's bias is below 3: the domain does not contain 0");
        var excess = PuddingBound.Excess(net, k, linear, x);
        return (excess <= 0).Label($"k = {k:G3}, ||x||_1 = {x.Sum(Math.Abs):G3}: the error exceeds the bound by {excess:G3}");
    }
}
