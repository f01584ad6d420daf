using FsCheck;
using Verification.Algorithms;
using Verification.Checking;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Checking;

/// <summary>
/// The control of REAL-1's bound: hand-encoded double-sided networks obey it at any sharpness on inputs from
/// 0.01 to 100 in scale, and one kink whose slope is off by 5% breaks it, so the check can pass and can fail.
/// </summary>
[Claim("ENC-1")]
public class DoubleSidedBoundTests
{
    const int N = 16;

    static bool Obeys((Network Network, double K) net, int seed) =>
        DoubleSidedBound.Excess(net.Network, net.K, Generators.WideInput(net.Network.Inputs, seed)) <= 0;

    [Test]
    public void Hand_encoded_double_sided_networks_obey_the_bound_and_a_bent_one_does_not()
    {
        var encoded = new[] { 2.0, 8, 30 }.Select(k => (Network: DoubleSided.Encode(N, k), K: k)).ToArray();
        var bent = encoded.Select(e => (e.Network.With(v: e.Network.V.Select((v, j) => j == 0 ? 1.05 * v : v).ToArray()), e.K)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(encoded.Select(e => DoubleSidedBound.Sharpness(e.Network)), Is.EqualTo(encoded.Select(e => e.K)).Within(1e-12));
            Assert.That(Generators.FindsCounterexample<NonNegativeInt, int>((i, seed) => Obeys(Generators.Pick(encoded, i), seed)), Is.False);
            Assert.That(Generators.FindsCounterexample<NonNegativeInt, int>((i, seed) => Obeys(Generators.Pick(bent, i), seed)), Is.True);
        });
    }
}
