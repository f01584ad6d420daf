using Verification.Checking;
using Verification.Classifier;
using Verification.Claims;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Properties.Results;

/// <summary>
/// Small rules the claims read: pudding of any sign is one family of the paper and no other label joins it; a
/// network counts as generated only when the final checkpoint made it for a beta; an open claim's tests are in
/// the OpenClaim category whatever else the table notes, an established claim's in its noted category or none.
/// </summary>
public class LabelAndSourceRulesTests
{
    [Test]
    public void Pudding_of_any_sign_is_one_family_and_other_labels_are_their_own()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AlgorithmLabel.PositivePudding.SameFamily(AlgorithmLabel.MixedPudding), Is.True);
            Assert.That(AlgorithmLabel.Convexity.SameFamily(AlgorithmLabel.Convexity), Is.True);
            Assert.That(AlgorithmLabel.DoubleSided.SameFamily(AlgorithmLabel.NegativePudding), Is.False);
            Assert.That(AlgorithmLabel.DoubleSided.SameFamily(AlgorithmLabel.Convexity), Is.False);
            Assert.That(AlgorithmLabel.All.Where(l => l.IsPudding),
                Is.EqualTo(new[] { AlgorithmLabel.PositivePudding, AlgorithmLabel.NegativePudding, AlgorithmLabel.MixedPudding }));
            Assert.That(AlgorithmLabel.All.Select(l => l.Family).Distinct(), Is.EqualTo(AlgorithmFamily.All), "each family once, in the order of its labels");
        });
    }

    static NetworkResult Network(NetworkSource source, double? beta) =>
        new(source, 16, beta, 0, null, AlgorithmLabel.DoubleSided, new OrderParameters(16, 48, 0, 0, 0, 0, 0, 0, 0, 0, 0), null, null,
            new CheckResult("normal", 10, 0, 0.02, 0, 0, 0, 0, 1));

    [Test]
    public void Generated_means_the_final_checkpoint_at_a_beta() =>
        Assert.That(new[] { Network(NetworkSource.Hypernetwork, 1e-3), Network(NetworkSource.Hypernetwork, null), Network(NetworkSource.Checkpoint, 1e-3) }.Select(r => r.IsGenerated),
            Is.EqualTo(new[] { true, false, false }));

    [Test]
    public void An_open_claim_is_left_out_in_the_OpenClaim_category_whatever_its_note() =>
        Assert.Multiple(() =>
        {
            Assert.That(new Claim("X-1", "s", "t", [], ClaimStatus.Open, "Browser").LeftOutCategory, Is.EqualTo(Claim.OpenCategory));
            Assert.That(new Claim("X-1", "s", "t", [], ClaimStatus.Holds, "Browser").LeftOutCategory, Is.EqualTo("Browser"));
            Assert.That(new Claim("X-1", "s", "t", [], ClaimStatus.Holds).LeftOutCategory, Is.Null);
        });
}
