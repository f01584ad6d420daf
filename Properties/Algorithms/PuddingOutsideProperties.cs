using FsCheck;
using FsCheck.NUnit;
using Verification.Algorithms;
using Verification.Networks;
using Verification.Properties.Support;
using static Verification.Properties.Algorithms.PuddingCases;

namespace Verification.Properties.Algorithms;

/// <summary>ENC-3: outside its domain pudding overshoots the L1 norm; a network correct everywhere does not.</summary>
[Claim("ENC-3")]
public class PuddingOutsideProperties
{
    [Property(MaxTest = 1000)]
    public bool Outside_its_domain_the_network_overshoots_the_L1_norm(NonEmptyArray<NormalFloat> x, NonNegativeInt variant, NonNegativeInt scale, NonNegativeInt extra)
    {
        var input = Generators.Input(x);
        return OvershootsOutside(Correct, input, Signs(variant.Get, input.Length), Generators.Pick(Scales, scale), extra.Get);
    }

    [Test]
    public void The_outside_property_fails_for_a_network_that_is_correct_everywhere()
    {
        static Network Everywhere(int n, double bias, double s, int[] signs) => DoubleSided.Encode(n, K);
        Assert.That(Generators.FindsCounterexample<NonEmptyArray<NormalFloat>, NonNegativeInt>(
            (x, scale) => { var input = Generators.Input(x); return OvershootsOutside(Everywhere, input, Signs(0, input.Length), Generators.Pick(Scales, scale), 0); }),
            Is.True);
    }
}
