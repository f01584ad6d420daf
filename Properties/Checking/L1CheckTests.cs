using Verification.Algorithms;
using Verification.Checking;
using Verification.Errors;
using Verification.Properties.Support;
using Verification.Task;

namespace Verification.Properties.Checking;

[Claim("CHK-1")]
public class L1CheckTests
{
    [Test]
    public void An_exact_network_passes_with_errors_inside_its_proven_bound()
    {
        var result = L1Check.Run(DoubleSided.Encode(16, 100), InputDomain.Normal);
        Assert.Multiple(() =>
        {
            Assert.That(result.Pass, Is.True);
            Assert.That(result.MaxAbsError, Is.LessThanOrEqualTo(DoubleSided.ErrorBound(16, 100)));
            Assert.That(result.R2, Is.GreaterThan(0.9999));
        });
    }

    [Test]
    public void A_network_with_one_broken_weight_fails()
    {
        var broken = Transform.SetWeight(DoubleSided.Encode(16, 100), 3, 3, 50);
        Assert.That(L1Check.Run(broken, InputDomain.Normal).Pass, Is.False);
    }

    [Test]
    public void Pudding_passes_on_its_domain_and_fails_far_outside_it()
    {
        var pudding = Pudding.Encode(PuddingVariant.Positive, 4);      // B = 20: valid while sum(x) < ~17
        Assert.That(L1Check.Run(pudding, InputDomain.Normal).Pass, Is.True);
        Assert.That(L1Check.Run(pudding, InputDomain.Parse("box:50")).Pass, Is.False);
    }

    [Test]
    public void Errors_are_measured_against_the_right_scale()
    {
        // f = 0 has error ||x||_1 everywhere: relative to the mean norm, its p99 error is well above 1.
        var zero = DoubleSided.Encode(4, 100).With(v: new double[12]);
        var result = L1Check.Run(zero, InputDomain.Normal);
        Assert.That(result.P99RelError, Is.GreaterThan(1).And.LessThan(3));
        Assert.That(result.R2, Is.LessThan(0));
    }

    [Test]
    public void The_same_seed_gives_the_same_figures()
    {
        var network = Convexity.Encode(8, 3);
        var first = L1Check.Run(network, InputDomain.Uniform, 2000, 0.02, 9);
        var again = L1Check.Run(network, InputDomain.Uniform, 2000, 0.02, 9);
        Assert.That(again, Is.EqualTo(first));
    }

    [TestCase("box:0")]
    [TestCase("box:-1")]
    [TestCase("box:x")]
    [TestCase("sphere")]
    public void Unknown_domains_are_refused(string domain)
    {
        Assert.Throws<InputError>(() => InputDomain.Parse(domain));
    }
}
