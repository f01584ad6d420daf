using System.Globalization;
using System.Runtime.CompilerServices;
using Verification.Claims;
using Verification.Classifier;
using Verification.Reports.Tests.Support;
using Verification.Results;
using Verification.Study;
using Verification.Vocabulary;

namespace Verification.Reports.Tests;

/// <summary>
/// The report says what the results say: the scorecard's findings judged from their claims' verdicts, every measured
/// claim with its verdict and figures and every other listed once, the per-beta table equal to the networks in the
/// JSON, the scorecard and the seven sections, and nothing fetched from outside the file.
/// </summary>
[Claim("RPT-1")]
public class ReportContentTests
{
    static RunResults Results => FixtureResults.Value;

    static ReportDocument Render(RunResults results) => new(ReportGenerator.Render(results));

    [Test]
    public void Every_measured_claim_appears_with_its_verdict_and_figures()
    {
        var rows = Render(Results).Table("Claims this run measured").ToDictionary(r => r[0]);
        Assert.That(rows.Keys, Is.EquivalentTo(Results.Claims.Where(c => c.Verdict != Verdict.NotRun).Select(c => c.Id)));
        Assert.Multiple(() =>
        {
            foreach (var claim in Results.Claims.Where(c => c.Verdict != Verdict.NotRun))
            {
                var row = rows[claim.Id];
                Assert.That(row[1], Does.StartWith(claim.Verdict.Name), claim.Id);
                Assert.That(row[1].Contains("open"), Is.EqualTo(claim.Status == ClaimStatus.Open), $"{claim.Id} open tag");
                Assert.That(row[3], Is.EqualTo(Collapse(claim.Measured)), claim.Id);
                Assert.That(row[4], Is.EqualTo(Collapse(claim.Threshold)), claim.Id);
                Assert.That(row[5], Is.EqualTo(string.Join(' ', claim.Evidence)), claim.Id);
            }
        });
    }

    [Test]
    public void Every_claim_not_measured_is_listed_once_with_the_command_that_records_it()
    {
        var notRun = Results.Claims.Where(c => c.Verdict == Verdict.NotRun).ToArray();
        var items = Render(Results).Document.QuerySelectorAll(".not-run li").Select(li => Collapse(li.TextContent)).ToArray();
        var listed = Render(Results).Document.QuerySelectorAll(".not-run .ids > span[id]").Select(e => e.TextContent).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(notRun, Is.Not.Empty, "the fixture has claims without a verdict");
            Assert.That(listed, Is.EquivalentTo(notRun.Select(c => c.Id)), "each id once");
            Assert.That(items, Has.Length.EqualTo(notRun.Select(c => c.Measured).Distinct().Count()), "one item per command");
            foreach (var claim in notRun)
                Assert.That(items.Single(i => i.Split(':')[0].Split(", ").Any(id => id.StartsWith(claim.Id + " ", StringComparison.Ordinal) || id == claim.Id)),
                    Does.EndWith(Collapse(claim.Measured)), claim.Id);
        });
    }

    /// <summary>The scorecard's verdicts recomputed from the claims' verdicts in the JSON, as Spec/report.md states the rule.</summary>
    static Dictionary<string, string> ExpectedScorecard(RunResults results) => ScorecardFindings.ToDictionary(f => f.Title, f =>
    {
        var measured = f.Claims.Select(id => results.Claims.Single(c => c.Id == id)).Where(c => c.Verdict != Verdict.NotRun).ToArray();
        return measured.Length == 0 ? "not measured"
            : measured.All(c => c.Verdict == Verdict.Pass) ? "holds"
            : measured.Any(c => c.Verdict == Verdict.Pass) ? "partly"
            : "does not hold";
    });

    /// <summary>The findings and their claims as the table of Spec/report.md, "The scorecard", lists them.</summary>
    static readonly (string Title, string[] Claims)[] ScorecardFindings = SpecFindings();

    static (string, string[])[] SpecFindings([CallerFilePath] string source = "")
    {
        var lines = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "Spec", "report.md"));
        var header = Array.IndexOf(lines, "| finding | claims | section |");
        return [.. lines.Skip(header + 2).TakeWhile(l => l.StartsWith("| ", StringComparison.Ordinal))
            .Select(l => l.Split('|')).Select(cells => (cells[1].Trim(), cells[2].Trim().Split(", ")))];
    }

    static Dictionary<string, string> Scorecard(RunResults results) =>
        Render(results).Document.QuerySelectorAll("#scorecard .finding").ToDictionary(card => card.QuerySelector("h3 .title")!.TextContent, card => card.QuerySelector("h3 .badge")!.TextContent);

    [Test]
    public void The_scorecard_gives_each_finding_the_verdict_of_its_claims() =>
        Assert.That(Scorecard(Results), Is.EqualTo(ExpectedScorecard(Results)));

    [Test]
    public void The_scorecard_has_findings_that_hold_partly_and_do_not() =>
        Assert.That(Scorecard(Results).Values.Distinct(), Is.SupersetOf(new[] { "holds", "partly", "does not hold" }));

    [Test]
    public void A_failed_claim_in_the_results_changes_its_findings_verdict()
    {
        var failed = Results with { Claims = Results.Claims.Select(c => c.Id == "DISC-2" ? c with { Verdict = Verdict.Fail } : c).ToArray() };
        Assert.That(Scorecard(Results)["Complexity ordering"], Is.EqualTo("holds"));
        Assert.That(Scorecard(failed)["Complexity ordering"], Is.EqualTo("does not hold"));
    }

    [Test]
    public void Each_finding_shows_its_first_measured_claims_figure_and_links_to_its_section_and_claims()
    {
        var cards = Render(Results).Document.QuerySelectorAll("#scorecard .finding").ToArray();
        Assert.That(cards, Has.Length.EqualTo(ScorecardFindings.Length));
        Assert.Multiple(() =>
        {
            foreach (var (card, (title, claims)) in cards.Zip(ScorecardFindings))
            {
                var decider = claims.Select(id => Results.Claims.Single(c => c.Id == id)).FirstOrDefault(c => c.Verdict != Verdict.NotRun);
                Assert.That(card.QuerySelector("h3 .title")!.TextContent, Is.EqualTo(title));
                if (decider is not null)
                    Assert.That(Collapse(card.QuerySelector(".figure")!.TextContent), Is.EqualTo(Collapse($"{decider.Id}: {decider.Measured}")), title);
                var links = card.QuerySelectorAll(".links a").Select(a => a.GetAttribute("href")).ToArray();
                Assert.That(links.Skip(1), Is.EqualTo(claims.Select(id => $"#claim-{id}")), title);
                Assert.That(Render(Results).Document.GetElementById(links[0]![1..])?.LocalName, Is.EqualTo("section"), $"{title}: {links[0]}");
                foreach (var id in claims)
                    Assert.That(Render(Results).Document.GetElementById($"claim-{id}"), Is.Not.Null, $"{title}: the anchor of {id}");
            }
        });
    }

    [Test]
    public void The_fixture_has_every_verdict_so_the_claim_test_sees_each_kind() =>
        Assert.That(Results.Claims.Select(c => c.Verdict.Name).Distinct(), Is.EquivalentTo(new[] { "pass", "fail", "not-run" }));

    [Test]
    public void A_changed_verdict_in_the_results_changes_the_report()
    {
        var flipped = Results with { Claims = Results.Claims.Select(c => c.Id == "DISC-1" ? c with { Verdict = Verdict.Fail } : c).ToArray() };
        Assert.That(Results.Claims.Single(c => c.Id == "DISC-1").Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(Render(flipped).Table("Claims this run measured").Single(r => r[0] == "DISC-1")[1], Does.StartWith("fail"));
    }

    [Test]
    public void The_per_beta_table_equals_the_json()
    {
        var expected = Results.Networks.Where(r => r.Source == NetworkSource.Hypernetwork && r.N == 16).GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key)
            .Select(g => new[]
            {
                g.Key.ToString("0.00E+0", CultureInfo.InvariantCulture), g.Count().ToString(CultureInfo.InvariantCulture),
                Count(g, a => a == AlgorithmLabel.DoubleSided), Count(g, l => l.IsPudding), Count(g, a => a == AlgorithmLabel.Convexity), Count(g, a => a == AlgorithmLabel.Unclassified),
                $"{100.0 * g.Count(r => r.Check.Pass) / g.Count():F0}%",
                $"{100 * Median(g.Select(r => r.Check.P99RelError)):F2}%",
                g.Any(r => r.Purity.HasValue) ? $"{Median(g.Where(r => r.Purity.HasValue).Select(r => r.Purity!.Value)):F3}" : "none labelled",
                $"{g.Average(r => r.KlBits ?? 0):F0}",
            }).ToArray();
        Assert.That(Render(Results).Table("Per beta level at n = 16"), Is.EqualTo(expected));
    }

    [Test]
    public void The_per_beta_table_follows_a_change_in_the_json()
    {
        var relabelled = Results with { Networks = Results.Networks.Select(r => r.Source == NetworkSource.Hypernetwork && r.N == 16 && r.Seed == 0 ? r with { Algorithm = AlgorithmLabel.Unclassified } : r).ToArray() };
        Assert.That(Render(relabelled).Table("Per beta level at n = 16").Select(row => row[5]), Is.All.EqualTo("1"));
    }

    [Test]
    public void The_landscape_table_equals_the_json()
    {
        var generated = Results.Networks.Where(r => r.IsGenerated && r.N == 16).ToArray();
        var expected = Results.Landscape!.Winners.Select(w => new[]
        {
            w.Beta.ToString("0.00E+0", CultureInfo.InvariantCulture), w.Start.Name, w.Label.Name,
            $"{100 * (Results.Landscape.Rows.Where(r => r.Beta == w.Beta && !r.Start.SameFamily(w.Start)).Min(r => r.Loss) / w.Loss - 1):F1}%",
            generated.Where(r => r.Beta == w.Beta).GroupBy(r => r.Algorithm).MaxBy(g => g.Count())!.Key.Name,
        }).ToArray();
        Assert.That(Render(Results).Table("The objective's phase beside the hypernetwork's"), Is.EqualTo(expected));
    }

    [Test]
    public void Without_a_landscape_the_report_has_no_landscape_table() =>
        Assert.That(Render(Results with { Landscape = null }).Document.QuerySelectorAll("caption").Select(c => c.TextContent),
            Has.None.EqualTo("The objective's phase beside the hypernetwork's"));

    [Test]
    public void It_has_the_scorecard_then_the_seven_sections_in_order() =>
        Assert.That(Render(Results).Document.QuerySelectorAll("main > section").Select(s => s.Id),
            Is.EqualTo(new[] { "scorecard", "verdict", "complexity", "phases", "generalisation", "gallery", "baseline", "metadata" }));

    [Test]
    public void Every_chart_is_labelled_for_screen_readers()
    {
        var charts = Render(Results).Document.QuerySelectorAll("svg");
        Assert.That(charts, Is.Not.Empty);
        Assert.That(charts.Select(svg => (svg.GetAttribute("role"), string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label")))),
            Is.All.EqualTo(("img", false)));
    }

    [Test]
    public void It_references_nothing_outside_the_file() =>
        Assert.That(Render(Results).ExternalReferences(), Is.Empty);

    [TestCase("<img src=\"https://example.org/a.png\">")]
    [TestCase("<script>1</script>")]
    [TestCase("<link rel=\"stylesheet\" href=\"style.css\">")]
    [TestCase("<div style=\"background:url(https://example.org/a.png)\"></div>")]
    public void The_external_reference_check_finds_what_would_leave_the_file(string element)
    {
        var html = ReportGenerator.Render(Results).Replace("</main>", element + "</main>", StringComparison.Ordinal);
        Assert.That(new ReportDocument(html).ExternalReferences(), Is.Not.Empty);
    }

    [Test]
    public void The_same_results_give_the_same_bytes() =>
        Assert.That(ReportGenerator.Render(ResultsJson.Parse(ResultsJson.Serialize(Results))), Is.EqualTo(ReportGenerator.Render(Results)));

    static string Count(IEnumerable<NetworkResult> networks, Func<AlgorithmLabel, bool> label) =>
        networks.Count(r => label(r.Algorithm)).ToString(CultureInfo.InvariantCulture);

    static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);

    static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
