using Verification.Claims;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Properties.Cli;

/// <summary>
/// The CI gate: verify exits 1 when a claim whose status is "holds" fails and names it; a failing open claim
/// is listed but does not gate; an open claim that passes is pointed out for promotion.
/// </summary>
[Claim("GATE-1")]
public class VerifyGateTests
{
    string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("l1verify-gate-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    static string OpenClaim => ClaimCatalog.All.First(c => c.Status == ClaimStatus.Open).Id;

    CliRunner.Outcome Verify(Func<ClaimResult, ClaimResult> change)
    {
        var path = Path.Combine(folder, "results.json");
        ResultsJson.Write(ClaimOnlyResults.With(change), path);
        return CliRunner.Run("verify", path);
    }

    [Test]
    public void Passes_when_every_claim_passes() =>
        Assert.That(Verify(c => c with { Verdict = Verdict.Pass }).ExitCode, Is.EqualTo(0));

    [Test]
    public void Fails_and_names_the_claim_when_an_established_claim_fails()
    {
        var outcome = Verify(c => c with { Verdict = c.Id == "ENC-1" ? Verdict.Fail : Verdict.Pass });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Out, Does.Contain("claim ENC-1 fails: "));
            Assert.That(outcome.Error, Is.EqualTo("the gate fails: 1 established claim fails (ENC-1)\n"));
        });
    }

    [Test]
    public void Several_gating_claims_get_one_stderr_line_that_names_them_all()
    {
        var outcome = Verify(c => c.Id switch
        {
            "ENC-1" or "CHK-1" => c with { Verdict = Verdict.Fail },
            "ENC-2" or "RPT-3" => c,
            _ => c with { Verdict = Verdict.Pass },
        });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Is.EqualTo("the gate fails: 2 established claims fail (ENC-1, CHK-1); 2 established claims were not checked (ENC-2, RPT-3)\n"), "in the catalogue's order");
            Assert.That(outcome.Out, Does.Contain("claim ENC-1 fails: ").And.Contain("claim CHK-1 fails: ").And.Contain("claim ENC-2 was not checked: ").And.Contain("claim RPT-3 was not checked: "));
        });
    }

    [Test]
    public void A_failing_open_claim_is_listed_but_does_not_gate()
    {
        var outcome = Verify(c => c.Id == OpenClaim ? c with { Verdict = Verdict.Fail } : c with { Verdict = Verdict.Pass });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0));
            Assert.That(outcome.Out, Does.Match($@"FAIL +{OpenClaim} +\(open\)"));
        });
    }

    [Test]
    public void An_open_claim_that_passes_is_pointed_out_for_promotion() =>
        Assert.That(Verify(c => c with { Verdict = Verdict.Pass }).Out, Does.Contain($"open claim {OpenClaim} passes now"));

    [Test]
    public void An_established_claim_that_was_not_checked_fails_the_gate()
    {
        var outcome = Verify(c => c.Id == "ENC-1" ? c : c with { Verdict = Verdict.Pass });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Out, Does.Contain("claim ENC-1 was not checked"));
            Assert.That(outcome.Error, Is.EqualTo("the gate fails: 1 established claim was not checked (ENC-1)\n"));
        });
    }

    [Test]
    public void An_open_claim_that_was_not_checked_does_not_gate() =>
        Assert.That(Verify(c => c.Id == OpenClaim ? c : c with { Verdict = Verdict.Pass }).ExitCode, Is.EqualTo(0));

    [Test]
    public void A_claim_tested_only_in_a_left_out_category_says_which_category_to_run_and_how()
    {
        var outcome = Verify(c => c.Id == "RPT-3" ? c : c with { Verdict = Verdict.Pass });
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Out, Does.Contain("claim RPT-3 was not checked: ").And.Contain("category Browser")
                .And.Contain("dotnet test Verification.sln -s build/all.runsettings --filter TestCategory=Browser"));
        });
    }
}
