using Verification.Reports.Tests.Support;
using Verification.Results;

namespace Verification.Reports.Tests;

/// <summary>
/// The report's metadata says how many injected faults the suite's tests caught, from the results it is given
/// (the mutation run recorded for the build that made them, Spec/mutation.md), and says so when there is none.
/// </summary>
public class MetadataMutationTests
{
    static string MutationRow(RunResults results) =>
        new ReportDocument(ReportGenerator.Render(results)).Table("Provenance of these results").Single(r => r[0] == "mutation score")[1];

    [Test]
    public void The_metadata_shows_the_recorded_mutation_score() =>
        Assert.That(MutationRow(FixtureResults.Value), Is.EqualTo(
            "88.8%: 710 of 800 injected faults caught (threshold 85%); Stryker.NET 5.1.0, 2026-01-01, commit 0000000 (Spec/mutation.md)"));

    [Test]
    public void Without_a_recorded_run_the_metadata_says_so() =>
        Assert.That(MutationRow(FixtureResults.Value with { Run = FixtureResults.Value.Run with { Mutation = null } }),
            Is.EqualTo("not recorded for this build"));
}
