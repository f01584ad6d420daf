using Verification.Algorithms;
using Verification.Checking;
using Verification.Errors;
using Verification.Networks;
using Verification.Problem;

namespace Verification.Properties.Checking;

/// <summary>
/// The check's arguments at their edges: two samples are the fewest with a spread, so they are accepted and one
/// is refused; a tolerance must be above zero, so zero is refused.
/// </summary>
public class CheckArgumentTests
{
    static CheckResult[] Check(int samples, double tolerance)
    {
        using var batch = NetworkBatch.From([DoubleSided.Encode(4, 100)]);
        return L1Check.Run(batch, InputDomain.Normal, samples, tolerance, seed: 0);
    }

    [Test]
    public void Two_samples_are_enough_and_one_is_not() =>
        Assert.Multiple(() =>
        {
            Assert.That(Check(samples: 2, tolerance: 0.02), Has.Length.EqualTo(1));
            Assert.That(() => Check(samples: 1, tolerance: 0.02),
                Throws.TypeOf<BadInputException>().With.Message.Contains("samples must be at least 2"));
        });

    [Test]
    public void A_tolerance_of_zero_is_refused() =>
        Assert.That(() => Check(samples: 100, tolerance: 0),
            Throws.TypeOf<BadInputException>().With.Message.Contains("tolerance must be a positive number"));
}
