using FsCheck;
using FsCheck.NUnit;
using Verification.Algorithms;
using static Verification.Properties.Algorithms.PuddingCases;

namespace Verification.Properties.Algorithms;

/// <summary>ENC-3: outside its domain pudding overshoots the L1 norm; a network correct everywhere does not.</summary>
[Claim("ENC-3")]
public class PuddingOutsideProperties
{
    [Property(MaxTest = 1000)]
    public bool Outside_its_domain_the_network_overshoots_the_L1_norm(NonEmptyArray<NormalFloat> x, NonNegativeInt variant, NonNegativeInt scale, NonNegativeInt extra) =>
        Holds(OvershootsOutside, Correct, x, variant, scale, extra);

    [Test]
    public void The_outside_property_fails_for_a_network_that_is_correct_everywhere() =>
        Assert.That(FindsCounterexample(OvershootsOutside, (n, _, _, _) => DoubleSided.Encode(n, K)), Is.True);
}
