using Verification.Algorithms;
using Verification.Checking;
using Verification.Problem;

namespace Verification.Properties.Algorithms;

/// <summary>Convexity is approximate by nature: it passes a loose bar (R^2) and fails the tight 2% check.</summary>
[Claim("ENC-4")]
public class ConvexityTests
{
    const double MinimumR2 = 0.5;

    static IEnumerable<TestCaseData> Cases() =>
        from n in new[] { 1, 2, 4, 16, 64 }
        from seed in new long[] { 0, 1, 2 }
        select new TestCaseData(n, seed);

    [TestCaseSource(nameof(Cases))]
    public void Tracks_the_L1_norm_loosely_but_not_tightly(int n, long seed)
    {
        var result = L1Check.Run(Convexity.Encode(n, seed), InputDomain.Normal);
        Assert.Multiple(() =>
        {
            Assert.That(result.R2, Is.GreaterThanOrEqualTo(MinimumR2), "R^2");
            Assert.That(result.Pass, Is.False, "passes the 2% check");
        });
    }

    [Test]
    public void Every_output_weight_has_one_sign()
    {
        var network = Convexity.Encode(16, 0);
        Assert.That(network.V, Has.All.GreaterThanOrEqualTo(0));
        Assert.That(network.V.Count(v => v > 0), Is.GreaterThan(network.Hidden / 4), "a bowl needs many units");
    }

    [Test]
    public void The_same_seed_gives_the_same_network_and_another_seed_another()
    {
        var first = Convexity.Encode(8, 5);
        var again = Convexity.Encode(8, 5);
        var other = Convexity.Encode(8, 6);
        Assert.That(again.W, Is.EqualTo(first.W));
        Assert.That(other.W, Is.Not.EqualTo(first.W));
    }

    [Test]
    public void The_approximation_claim_rejects_an_exact_network()
    {
        var exact = L1Check.Run(DoubleSided.Encode(16, 100), InputDomain.Normal);
        Assert.That(exact.Pass, Is.True, "an exact algorithm passes the tight check, so 'fails 2%' can fail");
    }
}
