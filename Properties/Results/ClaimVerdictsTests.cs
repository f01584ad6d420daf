using Verification.Claims;
using Verification.Results;

namespace Verification.Properties.Results;

/// <summary>
/// Verdicts combine a sweep's figures with test evidence, and combining again (verify --tests on a results
/// file that reproduce already combined) replaces the old tallies instead of stacking them.
/// </summary>
[Claim("GATE-1")]
public class ClaimVerdictsTests
{
    static readonly Claim Measured = ClaimCatalog.All.Single(c => c.Id == "DISC-6");
    static readonly Claim Tested = ClaimCatalog.All.Single(c => c.Id == "ENC-1");

    static readonly ClaimResult[] Sweep =
        [new("DISC-6", "", Verdict.Pass, "baseline unclassified", "every seed", Measured.Evidence, Measured.Status, new ClaimFigure(Verdict.Pass, "baseline unclassified"))];

    static TestEvidence Evidence(int passed, int failed) => new(new Dictionary<string, TestEvidence.Tally>
    {
        ["DISC-6"] = new(passed, failed, 0),
        ["ENC-1"] = new(passed, failed, 0),
    });

    static ClaimResult Of(IReadOnlyList<ClaimResult> verdicts, Claim claim) => verdicts.Single(v => v.Id == claim.Id);

    [Test]
    public void A_failing_test_fails_a_measured_claim_whose_figure_passes() =>
        Assert.That(Of(ClaimVerdicts.Combine(ClaimCatalog.All, Sweep, Evidence(1, 1)), Measured).Verdict.Name, Is.EqualTo("fail"));

    [Test]
    public void New_evidence_replaces_the_old_instead_of_adding_to_it()
    {
        var first = ClaimVerdicts.Combine(ClaimCatalog.All, Sweep, Evidence(1, 1));
        var again = ClaimVerdicts.Combine(ClaimCatalog.All, first, Evidence(2, 0));
        Assert.Multiple(() =>
        {
            Assert.That(Of(again, Measured).Verdict.Name, Is.EqualTo("pass"));
            Assert.That(Of(again, Measured).Measured, Is.EqualTo("baseline unclassified; 2 of 2 tests passed"));
            Assert.That(Of(again, Tested).Verdict.Name, Is.EqualTo("pass"));
            Assert.That(Of(again, Tested).Measured, Is.EqualTo("2 of 2 tests passed"));
        });
    }

    [Test]
    public void Without_new_evidence_the_stored_verdicts_stand()
    {
        var first = ClaimVerdicts.Combine(ClaimCatalog.All, Sweep, Evidence(1, 1));
        Assert.That(ClaimVerdicts.Combine(ClaimCatalog.All, first, null).Select(v => (v.Id, v.Verdict, v.Measured)),
            Is.EqualTo(first.Select(v => (v.Id, v.Verdict, v.Measured))));
    }

    [Test]
    public void A_claim_with_neither_figure_nor_tests_is_not_run() =>
        Assert.That(Of(ClaimVerdicts.Combine(ClaimCatalog.All, [], Evidence(1, 0)), ClaimCatalog.All.Single(c => c.Id == "CLI-2")).Verdict.Name, Is.EqualTo("not-run"));
}
