using FsCheck;
using Verification.Algorithms;
using Verification.Checking;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Checking;

/// <summary>
/// The control of REAL-2's bound: hand-encoded puddings of both signs obey it at any sharpness and input scale s
/// on inputs brought into their domain, and one kink whose slope is off by 5% breaks it.
/// </summary>
[Claim("ENC-2")]
public class PuddingBoundTests
{
    const int N = 16;

    static bool Obeys(Network network, int seed)
    {
        var linear = PuddingBound.LinearNeurons(network);
        var x = PuddingBound.IntoDomain(network, linear, Generators.WideInput(N, seed));
        return x is not null && PuddingBound.Excess(network, DoubleSidedBound.Sharpness(network), linear, x) <= 0;
    }

    [Test]
    public void Hand_encoded_puddings_obey_the_bound_inside_their_domain_and_a_bent_one_does_not()
    {
        var encoded = (from variant in new[] { PuddingVariant.Positive, PuddingVariant.Negative, PuddingVariant.Mixed }
                       from k in new[] { 2.0, 8, 30 }
                       from s in new[] { 0.5, 1, 2 }
                       select Pudding.Encode(variant, N, k, s: s)).ToArray();
        var bent = encoded.Select(e => e.With(v: e.V.Select((v, j) => j == 0 ? 1.05 * v : v).ToArray())).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(encoded.Select(e => PuddingBound.LinearNeurons(e).Length), Is.All.EqualTo(1), "one pudding neuron each");
            Assert.That(Generators.FindsCounterexample<NonNegativeInt, int>((i, seed) => Obeys(Generators.Pick(encoded, i), seed)), Is.False);
            Assert.That(Generators.FindsCounterexample<NonNegativeInt, int>((i, seed) => Obeys(Generators.Pick(bent, i), seed)), Is.True);
        });
    }
}
