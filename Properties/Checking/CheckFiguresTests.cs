using Verification.Algorithms;
using Verification.Checking;
using Verification.Networks;
using Verification.Problem;

namespace Verification.Properties.Checking;

/// <summary>
/// The check's figures hang together: networks checked together get the figures each gets alone, each relative
/// error is its absolute error over the sample's mean ||x||_1, and a p99 error exactly at the tolerance passes.
/// </summary>
public class CheckFiguresTests
{
    [Test]
    public void Networks_checked_together_get_the_figures_each_gets_alone()
    {
        Network[] networks = [DoubleSided.Encode(4, 10), DoubleSided.Encode(4, 3), Pudding.Encode(PuddingVariant.Negative, 4)];
        var together = L1Check.Run(networks, InputDomain.Normal, 500, 0.02, seed: 4);
        Assert.That(together, Is.EqualTo(networks.Select(n => L1Check.Run(n, InputDomain.Normal, 500, 0.02, seed: 4)).ToArray()));
    }

    [Test]
    public void Relative_errors_are_absolute_errors_over_the_mean_norm()
    {
        var result = L1Check.Run(DoubleSided.Encode(4, 3), InputDomain.Normal, 500, 0.02, seed: 4);
        Assert.That(result.MaxRelError / result.MaxAbsError, Is.EqualTo(result.P99RelError / result.P99AbsError).Within(1e-12));
        Assert.That(result.MaxRelError, Is.GreaterThan(result.P99RelError));
    }

    [Test]
    public void A_p99_error_exactly_at_the_tolerance_passes() =>
        Assert.Multiple(() =>
        {
            Assert.That(new CheckResult("normal", 10, 0, 0.02, 1, 1, 1, 0.02, 1).Pass, Is.True);
            Assert.That(new CheckResult("normal", 10, 0, 0.02, 1, 1, 1, 0.0200001, 1).Pass, Is.False);
        });
}
