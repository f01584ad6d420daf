using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Verification.Errors;
using Verification.Mutation;
using Verification.Results;

namespace Verification.Properties.Mutation;

/// <summary>
/// The mutation score is Stryker's: killed and timed-out mutants are caught, survivors and uncovered ones are
/// not, and mutants that never ran (compile errors, filtered) do not count. The recorded run that the report
/// shows is the one Spec/mutation.md describes, file by file.
/// </summary>
public class MutationScoreTests
{
    static string RepositoryRoot([CallerFilePath] string source = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", ".."));

    /// <summary>A Stryker JSON report: the tool, the project's folder and each file's mutant statuses.</summary>
    static string Report(string projectRoot, params (string File, string[] Statuses)[] files) =>
        new JsonObject
        {
            ["schemaVersion"] = "2",
            ["projectRoot"] = projectRoot,
            ["files"] = new JsonObject(files.Select(f => KeyValuePair.Create(f.File, (JsonNode?)new JsonObject
            {
                ["language"] = "cs",
                ["mutants"] = new JsonArray(f.Statuses.Select(s => (JsonNode?)new JsonObject { ["status"] = s }).ToArray()),
            }))),
        }.ToJsonString();

    [Test]
    public void Killed_and_timed_out_mutants_are_caught_survivors_and_uncovered_ones_are_not_and_the_rest_do_not_count()
    {
        var report = Report("/repo/Implementation/Core",
            ("Networks/Network.cs", ["Killed", "Killed", "Timeout", "Survived", "NoCoverage", "CompileError", "Ignored", "RuntimeError"]));
        var file = MutationScore.FromStryker([(report, "r.json")], "/repo").Single();
        Assert.Multiple(() =>
        {
            Assert.That(file.Path, Is.EqualTo("Implementation/Core/Networks/Network.cs"));
            Assert.That(file.Tally, Is.EqualTo(new MutantTally(2, 1, 1, 1)));
            Assert.That(file.Tally.Detected, Is.EqualTo(3));
            Assert.That(file.Tally.Mutants, Is.EqualTo(5));
            Assert.That(file.Tally.Score, Is.EqualTo(0.6));
        });
    }

    [Test]
    public void A_file_tested_again_takes_the_later_figures_and_one_left_out_keeps_its_own()
    {
        var core = Report("/repo/Implementation/Core", ("Networks/Network.cs", ["Killed", "Survived"]), ("Checking/L1Check.cs", ["Killed"]));
        var again = Report("/repo/Implementation/Core", ("Networks/Network.cs", ["Timeout", "Killed"]), ("Checking/L1Check.cs", ["Ignored"]));
        var gate = Report("/repo/Implementation/Cli", ("Commands/VerifyCommand.cs", ["Survived"]));
        var files = MutationScore.FromStryker([(core, "core.json"), (again, "again.json"), (gate, "gate.json")], "/repo");
        Assert.That(files.Select(f => (f.Path, f.Tally)), Is.EqualTo(new[]
        {
            ("Implementation/Cli/Commands/VerifyCommand.cs", new MutantTally(0, 0, 1, 0)),
            ("Implementation/Core/Checking/L1Check.cs", new MutantTally(1, 0, 0, 0)),
            ("Implementation/Core/Networks/Network.cs", new MutantTally(1, 1, 0, 0)),
        }));
    }

    [Test]
    public void The_total_sums_the_files_and_no_mutant_scores_zero()
    {
        var score = new MutationScore("t", "d", "c", 85, [new("a", new(3, 1, 2, 0)), new("b", new(1, 0, 0, 3))]);
        Assert.Multiple(() =>
        {
            Assert.That(score.Total, Is.EqualTo(new MutantTally(4, 1, 2, 3)));
            Assert.That(score.Total.Score, Is.EqualTo(0.5));
            Assert.That(MutantTally.None.Score, Is.Zero);
        });
    }

    [Test]
    public void A_summary_reads_back_as_written()
    {
        var score = new MutationScore("Stryker.NET 5.1.0", "2026-11-26", "abc1234", 85, [new("a.cs", new(3, 1, 2, 0))]);
        Assert.That(MutationScore.Parse(score.Serialize(), "s").Summary, Is.EqualTo(score.Summary));
    }

    [TestCase("[]", "must be a JSON object")]
    [TestCase("{\"files\":[]}", "no \"files\" object")]
    [TestCase("{\"files\":{\"a.cs\":{}}}", "a.cs has no \"mutants\" array")]
    [TestCase("{\"files\":{\"a.cs\":{\"mutants\":[{}]}}}", "a mutant of a.cs has no status")]
    [TestCase("{", "not valid JSON")]
    public void A_file_that_is_not_a_Stryker_report_is_refused_by_name(string json, string problem) =>
        Assert.That(() => MutationScore.FromStryker([(json, "bad.json")], "/"),
            Throws.TypeOf<BadInputException>().With.Message.Contains("bad.json").And.Message.Contains(problem));

    /// <summary>Spec/mutation.md states the score of every file of the recorded run, as Spec/mutation.json has it.</summary>
    [Test]
    public void Spec_mutation_md_states_each_files_score_of_the_recorded_run()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "Spec", "mutation.md"));
        var shipped = MutationScore.Shipped;
        Assert.That(shipped.Files, Is.Not.Empty, "Spec/mutation.json records no run");
        Assert.Multiple(() =>
        {
            foreach (var file in shipped.Files.Where(f => f.Tally.Mutants > 0))
                Assert.That(text, Does.Match($@"\| `{Regex.Escape(file.Path)}` \| {Regex.Escape(Percent(file.Tally.Score))} \| {file.Tally.Killed} \| {file.Tally.Timeout} \| {file.Tally.Survived} \| {file.Tally.NoCoverage} \|"),
                    file.Path);
            Assert.That(text, Does.Contain($"| total | {Percent(shipped.Total.Score)} | {shipped.Total.Killed} | {shipped.Total.Timeout} | {shipped.Total.Survived} | {shipped.Total.NoCoverage} |"));
            Assert.That(text, Does.Contain($"commit {shipped.Commit}, {shipped.Date}"));
        });
    }

    [Test]
    public void A_run_carries_the_recorded_score() =>
        Assert.That(RunInfoFactory.Create("test", new Dictionary<string, double>(), null).Mutation, Is.EqualTo(MutationScore.Shipped.Summary));

    static string Percent(double share) => (share * 100).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
