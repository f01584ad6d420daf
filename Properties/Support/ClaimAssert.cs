using Verification.Claims;
using Verification.Vocabulary;

namespace Verification.Properties.Support;

/// <summary>A claim evaluator's verdict on real data, asserted with the figure and the bar in the message and the figure in the test's output.</summary>
public static class ClaimAssert
{
    /// <summary>context: what the data are, when one test judges several sources (a training seed).</summary>
    public static void Passes(ClaimMeasurement claim, string context = "")
    {
        TestContext.Out.WriteLine($"{context}{claim.Id}: {claim.Measured}");
        Assert.That(claim.Verdict, Is.EqualTo(Verdict.Pass), $"{context}{claim.Id}: {claim.Measured} (required: {claim.Threshold})");
    }
}
