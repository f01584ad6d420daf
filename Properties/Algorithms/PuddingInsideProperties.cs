using FsCheck;
using FsCheck.NUnit;
using static Verification.Properties.Algorithms.PuddingCases;

namespace Verification.Properties.Algorithms;

/// <summary>ENC-2: inside its domain pudding's error is within the bound; a wrong output offset breaks it.</summary>
[Claim("ENC-2")]
public class PuddingInsideProperties
{
    [Property(MaxTest = 1000)]
    public bool Inside_its_domain_the_error_is_within_the_bound(NonEmptyArray<NormalFloat> x, NonNegativeInt variant, NonNegativeInt scale, NonNegativeInt extra) =>
        Holds(InsideBound, Correct, x, variant, scale, extra);

    [Test]
    public void The_inside_bound_fails_when_the_output_offset_is_wrong() =>
        Assert.That(FindsCounterexample(InsideBound, (n, bias, s, signs) => Correct(n, bias, s, signs).With(c: -bias / s + 0.5)), Is.True);
}
