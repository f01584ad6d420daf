using Verification.Claims;
using System.Text.RegularExpressions;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Properties.Cli;

/// <summary>
/// What verify prints besides its exit code: one line per claim (verdict, id, open tag, figure) and a count of
/// verdicts that adds up, so that a reader of a CI log sees the same tally the gate decided on.
/// </summary>
[Claim("GATE-1")]
public class VerifyListingTests
{
    string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("l1verify-listing-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    static readonly string[] Open = ClaimCatalog.All.Where(c => c.Status == ClaimStatus.Open).Select(c => c.Id).ToArray();

    string Verify(Func<ClaimResult, ClaimResult> change)
    {
        var path = Path.Combine(folder, "results.json");
        ResultsJson.Write(ClaimOnlyResults.With(change), path);
        return CliRunner.Run("verify", path).Out;
    }

    [Test]
    public void The_count_of_verdicts_adds_up_and_counts_the_open_failures_apart()
    {
        // ENC-1 fails, every open claim fails, one other established claim is left not run, the rest pass.
        var notRun = ClaimCatalog.All.First(c => c.Status == ClaimStatus.Holds && c.Id != "ENC-1").Id;
        var output = Verify(c => c.Id == notRun ? c : c with { Verdict = c.Id == "ENC-1" || Open.Contains(c.Id) ? Verdict.Fail : Verdict.Pass, Measured = "m" });
        var total = ClaimCatalog.All.Count;
        Assert.That(output, Does.Contain($"claims: {total - Open.Length - 2} pass, {Open.Length + 1} fail ({Open.Length} of them open), 1 not run"));
    }

    [Test]
    public void Each_claim_has_a_line_with_its_verdict_id_open_tag_and_figure()
    {
        var output = Verify(c => c with { Verdict = Verdict.Pass, Measured = $"figure of {c.Id}" });
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var claim in ClaimCatalog.All)
            {
                var tag = claim.Status == ClaimStatus.Open ? @"\(open\) " : "";
                Assert.That(lines.Count(l => Regex.IsMatch(l, $@"^PASS +{Regex.Escape(claim.Id)} +{tag}figure of {Regex.Escape(claim.Id)}$")), Is.EqualTo(1), claim.Id);
            }
        });
    }
}
