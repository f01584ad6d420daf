using FsCheck;
using FsCheck.NUnit;
using Verification.Algorithms;
using Verification.Networks;
using Verification.Properties.Support;
using static Verification.Properties.Algorithms.PuddingCases;

namespace Verification.Properties.Algorithms;

/// <summary>ENC-2: inside its domain pudding's error is within the bound; a wrong output offset breaks it.</summary>
[Claim("ENC-2")]
public class PuddingInsideProperties
{
    [Property(MaxTest = 1000)]
    public bool Inside_its_domain_the_error_is_within_the_bound(NonEmptyArray<NormalFloat> x, NonNegativeInt variant, NonNegativeInt scale, NonNegativeInt extra)
    {
        var input = Generators.Input(x);
        return InsideBound(Correct, input, Signs(variant.Get, input.Length), Generators.Pick(Scales, scale), extra.Get);
    }

    [Test]
    public void The_inside_bound_fails_when_the_output_offset_is_wrong()
    {
        static Network Broken(int n, double bias, double s, int[] signs) => Correct(n, bias, s, signs).With(c: -bias / s + 0.5);
        Assert.That(Generators.FindsCounterexample<NonEmptyArray<NormalFloat>, NonNegativeInt>(
            (x, scale) => { var input = Generators.Input(x); return InsideBound(Broken, input, Signs(0, input.Length), Generators.Pick(Scales, scale), 0); }),
            Is.True);
    }
}
