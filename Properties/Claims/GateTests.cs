using Verification.Claims;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Properties.Claims;

/// <summary>
/// The gate's rule, without the command line: an established claim gates when it fails or was not checked; an
/// open claim never gates, and one that passes is pointed out for promotion. VerifyGateTests checks what verify
/// prints and its exit code.
/// </summary>
public class GateTests
{
    static string OpenClaim => ClaimCatalog.All.First(c => c.Status == ClaimStatus.Open).Id;

    static Gate Judge(Func<ClaimResult, ClaimResult> change) => Gate.Judge(ClaimOnlyResults.With(change).Claims);

    [Test]
    public void Passes_when_every_claim_passes() =>
        Assert.That(Judge(c => c with { Verdict = Verdict.Pass }).Passes, Is.True);

    [Test]
    public void A_failing_established_claim_fails_it()
    {
        var gate = Judge(c => c with { Verdict = c.Id == "ENC-1" ? Verdict.Fail : Verdict.Pass });
        Assert.Multiple(() =>
        {
            Assert.That(gate.Passes, Is.False);
            Assert.That(gate.Failed.Select(c => c.Id), Is.EqualTo(new[] { "ENC-1" }));
        });
    }

    [Test]
    public void An_established_claim_that_was_not_checked_fails_it()
    {
        var gate = Judge(c => c.Id == "ENC-1" ? c : c with { Verdict = Verdict.Pass });
        Assert.Multiple(() =>
        {
            Assert.That(gate.Passes, Is.False);
            Assert.That(gate.NotChecked.Select(c => c.Id), Is.EqualTo(new[] { "ENC-1" }));
        });
    }

    [Test]
    public void An_open_claim_failing_or_not_checked_does_not_gate()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Judge(c => c with { Verdict = c.Id == OpenClaim ? Verdict.Fail : Verdict.Pass }).Passes, Is.True);
            Assert.That(Judge(c => c.Id == OpenClaim ? c : c with { Verdict = Verdict.Pass }).Passes, Is.True);
        });
    }

    [Test]
    public void Exactly_the_open_claims_that_pass_are_pointed_out_for_promotion()
    {
        var gate = Judge(c => c with { Verdict = c.Id == OpenClaim ? Verdict.Fail : Verdict.Pass });
        var others = ClaimCatalog.All.Where(c => c.Status == ClaimStatus.Open && c.Id != OpenClaim).Select(c => c.Id);
        Assert.That(gate.OpenPassing.Select(c => c.Id), Is.EquivalentTo(others));
    }
}
