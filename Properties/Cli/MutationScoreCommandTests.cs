using System.Text.Json.Nodes;
using Verification.Properties.Support;
using Verification.Mutation;
using Verification.Results;

namespace Verification.Properties.Cli;

/// <summary>
/// mutation-score gates like verify: exit 0 at or above the threshold, 1 below it with the score named, 2 on a
/// file that is not a Stryker report; --write records the run as the summary the report shows.
/// </summary>
public class MutationScoreCommandTests
{
    string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("l1verify-mutation-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    /// <summary>A report of one file with this many killed and survived mutants.</summary>
    string Report(int killed, int survived)
    {
        var statuses = Enumerable.Repeat("Killed", killed).Concat(Enumerable.Repeat("Survived", survived));
        var report = new JsonObject
        {
            ["projectRoot"] = folder,
            ["files"] = new JsonObject { ["A.cs"] = new JsonObject { ["mutants"] = new JsonArray(statuses.Select(s => (JsonNode?)new JsonObject { ["status"] = s }).ToArray()) } },
        };
        var path = Path.Combine(folder, "mutation-report.json");
        File.WriteAllText(path, report.ToJsonString());
        return path;
    }

    [Test]
    public void A_score_at_the_threshold_passes_and_the_table_shows_it()
    {
        var outcome = CliRunner.Run("mutation-score", Report(17, 3), "--root", folder);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0));
            Assert.That(outcome.Out, Does.Contain("| `A.cs` | 85.0% | 17 | 0 | 3 | 0 |").And.Contain("| total | 85.0% | 17 | 0 | 3 | 0 |"));
        });
    }

    [Test]
    public void A_score_below_the_threshold_fails_and_names_it()
    {
        var outcome = CliRunner.Run("mutation-score", Report(16, 4), "--root", folder);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("mutation score 80.0% is below the threshold 85%"));
        });
    }

    [Test]
    public void The_threshold_can_be_set() =>
        Assert.That(CliRunner.Run("mutation-score", Report(16, 4), "--threshold", "80").ExitCode, Is.EqualTo(0));

    [Test]
    public void Write_records_the_run_as_the_summary_the_report_reads()
    {
        var summary = Path.Combine(folder, "mutation.json");
        CliRunner.Run("mutation-score", Report(17, 3), "--root", folder, "--write", summary, "--tool", "Stryker.NET 5.1.0");
        var written = MutationScore.Parse(File.ReadAllText(summary), summary);
        Assert.Multiple(() =>
        {
            Assert.That(written.Files.Select(f => (f.Path, f.Tally)), Is.EqualTo(new[] { ("A.cs", new MutantTally(17, 0, 3, 0)) }));
            Assert.That((written.Tool, written.Commit, written.Threshold), Is.EqualTo(("Stryker.NET 5.1.0", RunInfoFactory.Commit, 85.0)));
            Assert.That(written.Date, Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
        });
    }

    /// <summary>A recorded summary in which A.cs scored this share.</summary>
    string Recorded(int killed, int survived)
    {
        var path = Path.Combine(folder, "recorded.json");
        File.WriteAllText(path, new MutationScore("t", "d", "c", 85, [new("A.cs", new(killed, 0, survived, 0))]).Serialize());
        return path;
    }

    [Test]
    public void Against_a_recorded_run_a_file_below_the_bar_may_not_fall_but_need_not_rise() =>
        Assert.Multiple(() =>
        {
            Assert.That(CliRunner.Run("mutation-score", Report(16, 4), "--root", folder, "--baseline", Recorded(16, 4)).ExitCode, Is.EqualTo(0), "80% as recorded");
            var fallen = CliRunner.Run("mutation-score", Report(15, 5), "--root", folder, "--baseline", Recorded(16, 4));
            Assert.That((fallen.ExitCode, fallen.Error.Trim()), Is.EqualTo((1, "1 file is below the bar: A.cs")));
            Assert.That(fallen.Out, Does.Contain("A.cs: mutation score 75.0% is below its recorded 80.0%"));
            Assert.That(CliRunner.Run("mutation-score", Report(17, 3), "--root", folder, "--baseline", Recorded(19, 1)).ExitCode, Is.EqualTo(0), "85% is enough even after 95%");
            var unrecorded = CliRunner.Run("mutation-score", Report(16, 4), "--root", folder, "--baseline", Recorded(0, 0));
            Assert.That((unrecorded.ExitCode, unrecorded.Error.Trim()), Is.EqualTo((1, "1 file is below the bar: A.cs")));
            Assert.That(unrecorded.Out, Does.Contain("A.cs: mutation score 80.0% is below the threshold 85%"));
        });

    [Test]
    public void A_report_without_mutants_is_bad_input() =>
        Assert.That(CliRunner.Run("mutation-score", Report(0, 0)), Has.Property("ExitCode").EqualTo(2).And.Property("Error").Contains("no mutant was tested"));

    [Test]
    public void A_file_that_is_not_a_report_is_bad_input_in_one_line()
    {
        var path = Path.Combine(folder, "results.json");
        File.WriteAllText(path, "{\"format\":\"l1-results/1\"}");
        var outcome = CliRunner.Run("mutation-score", path);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("not a Stryker JSON report"));
        });
    }
}
