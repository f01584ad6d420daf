using Verification.Claims;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Properties.Claims;

/// <summary>
/// Verdicts combine a sweep's figures with test evidence, and combining again (verify --tests on a results
/// file that reproduce already combined) replaces the old tallies instead of stacking them. The rules one by one:
/// any failed or inconclusive test fails a claim, a claim with only empty tallies is not run, a figure that failed
/// is not rescued by passing tests, a figure that was not run leaves the tests to decide; the bar shown is the
/// sweep's when it has one, else the table's tolerance; and a claim left not run says how to record its tests.
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
        Assert.That(Of(ClaimVerdicts.Combine(ClaimCatalog.All, Sweep, Evidence(1, 1)), Measured).Verdict, Is.EqualTo(Verdict.Fail));

    [Test]
    public void New_evidence_replaces_the_old_instead_of_adding_to_it()
    {
        var first = ClaimVerdicts.Combine(ClaimCatalog.All, Sweep, Evidence(1, 1));
        var again = ClaimVerdicts.Combine(ClaimCatalog.All, first, Evidence(2, 0));
        Assert.Multiple(() =>
        {
            Assert.That(Of(again, Measured).Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(Of(again, Measured).Measured, Is.EqualTo("baseline unclassified; 2 of 2 tests passed"));
            Assert.That(Of(again, Tested).Verdict, Is.EqualTo(Verdict.Pass));
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
        Assert.That(Of(ClaimVerdicts.Combine(ClaimCatalog.All, [], Evidence(1, 0)), ClaimCatalog.All.Single(c => c.Id == "CLI-2")).Verdict, Is.EqualTo(Verdict.NotRun));

    static ClaimResult Figure(string verdict) =>
        new(Measured.Id, "", Verdict.Named(verdict), "figure", "sweep bar", Measured.Evidence, Measured.Status, new ClaimFigure(Verdict.Named(verdict), "figure"));

    static TestEvidence Tally(string id, int passed, int failed, int other) =>
        new(new Dictionary<string, TestEvidence.Tally> { [id] = new(passed, failed, other) });

    static ClaimResult VerdictOf(Claim claim, IReadOnlyList<ClaimResult> sweep, TestEvidence? tests) =>
        ClaimVerdicts.Combine(ClaimCatalog.All, sweep, tests).Single(v => v.Id == claim.Id);

    [TestCase(2, 0, 0, "pass")]
    [TestCase(2, 1, 0, "fail")]
    [TestCase(2, 0, 1, "fail")]
    [TestCase(0, 0, 0, "not-run")]
    public void Test_tallies_decide_a_claim_without_a_figure(int passed, int failed, int other, string verdict) =>
        Assert.That(VerdictOf(Tested, [], Tally(Tested.Id, passed, failed, other)).Verdict, Is.EqualTo(Verdict.Named(verdict)));

    [Test]
    public void A_tested_claim_shows_its_tally_and_the_tables_tolerance()
    {
        var result = VerdictOf(Tested, [], Tally(Tested.Id, 2, 1, 0));
        Assert.Multiple(() =>
        {
            Assert.That(result.Measured, Is.EqualTo("2 of 3 tests passed"));
            Assert.That(result.Threshold, Is.EqualTo(Tested.Tolerance));
            Assert.That((result.Title, result.Evidence, result.Status), Is.EqualTo((Tested.Statement, Tested.Evidence, Tested.Status)));
        });
    }

    [Test]
    public void A_failed_figure_is_not_rescued_by_passing_tests()
    {
        var result = VerdictOf(Measured, [Figure("fail")], Tally(Measured.Id, 3, 0, 0));
        Assert.Multiple(() =>
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(result.Measured, Is.EqualTo("figure; 3 of 3 tests passed"));
            Assert.That(result.Threshold, Is.EqualTo("sweep bar"));
            Assert.That(result.Figure, Is.EqualTo(new ClaimFigure(Verdict.Fail, "figure")));
        });
    }

    [Test]
    public void A_passing_figure_without_tests_passes_with_the_figure_alone()
    {
        var result = VerdictOf(Measured, [Figure("pass")], Tally(Tested.Id, 1, 0, 0));
        Assert.That((result.Verdict, result.Measured), Is.EqualTo((Verdict.Pass, "figure")));
    }

    [Test]
    public void A_figure_that_was_not_run_leaves_the_tests_to_decide()
    {
        var result = VerdictOf(Measured, [Figure("not-run")], Tally(Measured.Id, 0, 1, 0));
        Assert.Multiple(() =>
        {
            Assert.That((result.Verdict, result.Measured), Is.EqualTo((Verdict.Fail, "0 of 1 tests passed")));
            Assert.That(VerdictOf(Measured, [Figure("not-run")], Tally(Tested.Id, 1, 0, 0)).Measured, Is.EqualTo("figure"), "why it was not run");
        });
    }

    [Test]
    public void Stored_verdicts_take_the_tables_statement_evidence_and_status()
    {
        var stored = Figure("pass") with { Title = "old title", Evidence = ["old.cs"], Status = ClaimStatus.Open };
        var result = VerdictOf(Measured, [stored], null);
        Assert.That((result.Title, result.Evidence, result.Status, result.Measured), Is.EqualTo((Measured.Statement, Measured.Evidence, Measured.Status, "figure")));
    }

    [Test]
    public void Measurements_keep_their_title_bar_and_figure_and_take_the_tables_evidence_and_status()
    {
        var figure = new ClaimFigure(Verdict.Fail, "measured");
        var results = ClaimVerdicts.Of(ClaimCatalog.All, [new(Measured.Id, "evaluator's title", "evaluator's bar", figure), new("NONE-1", "t", "b", figure)]);
        Assert.Multiple(() =>
        {
            Assert.That(results[0], Is.EqualTo(new ClaimResult(Measured.Id, "evaluator's title", Verdict.Fail, "measured", "evaluator's bar", Measured.Evidence, Measured.Status, figure)));
            Assert.That((results[1].Evidence, results[1].Status), Is.EqualTo((Array.Empty<string>(), ClaimStatus.Holds)), "an id the table lacks: no evidence, and it gates");
        });
    }

    [Test]
    public void A_claim_not_run_says_how_to_record_its_tests()
    {
        var open = ClaimCatalog.All.First(c => c.Status == ClaimStatus.Open);
        var plain = ClaimCatalog.All.First(c => c.LeftOutCategory is null);
        Assert.Multiple(() =>
        {
            Assert.That(VerdictOf(plain, [], null).Measured, Is.EqualTo(
                "not measured by this run; record its tests with L1VERIFY_CLAIM_RESULTS=folder dotnet test Verification.sln, then pass --tests folder"));
            Assert.That(VerdictOf(open, [], null).Measured, Is.EqualTo(
                "not measured by this run; its tests are in category OpenClaim, which dotnet test leaves out: record them with " +
                "L1VERIFY_CLAIM_RESULTS=folder dotnet test Verification.sln -s build/all.runsettings --filter TestCategory=OpenClaim, then pass --tests folder"));
        });
    }
}
