using Verification.Landscape;
using Verification.Properties.Support;

namespace Verification.Properties.Cli;

/// <summary>
/// <c>landscape</c> end to end: bad input is one line, exit 2, and nothing written; a short run writes an
/// l1-landscape/1 file that reads back with one row per beta and start, equal to what --json prints.
/// </summary>
[Claim("CLI-1")]
public class LandscapeCommandTests
{
    string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("l1verify-landscape-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [TestCase("landscape --n 0", "--n must be in 1..64")]
    [TestCase("landscape --n 65", "--n must be in 1..64")]
    [TestCase("landscape --betas 0", "every beta must be in (0, 10]")]
    [TestCase("landscape --betas 1e-6 -1", "every beta must be in (0, 10]")]
    [TestCase("landscape --betas 1e-6 1e-6", "lists a beta twice")]
    [TestCase("landscape --steps 0", "--steps must be in 1..1000000")]
    [TestCase("landscape --prior-w 0", "--prior-w must be in (0, 1000]")]
    [TestCase("landscape --prior-c -1", "--prior-c must be in (0, 1000]")]
    [TestCase("landscape --input-scale 2:1", "input scale \"2:1\" is not MIN:MAX")]
    [TestCase("landscape --input-scale wide", "input scale \"wide\" is not MIN:MAX")]
    [TestCase("landscape --out {0}/missing/landscape.json", "folder")]
    [TestCase("landscape --out {0}", "it is a folder")]
    public void Bad_input_is_one_line_and_exit_2(string command, string message)
    {
        var outcome = CliRunner.Run(string.Format(command, folder).Split(' '));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(outcome.Error, Does.StartWith("error: ").And.Contain(message));
            Assert.That(Directory.EnumerateFileSystemEntries(folder), Is.Empty, "nothing written");
        });
    }

    [Test]
    public void A_short_run_writes_a_landscape_that_reads_back()
    {
        var path = Path.Combine(folder, "landscape.json");
        var outcome = CliRunner.Run("landscape", "--n", "2", "--steps", "20", "--betas", "1e-4", "1e-2", "--no-output-bias", "--json", "--out", path);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.Error);
        var written = LandscapeJson.Read(path);
        Assert.Multiple(() =>
        {
            Assert.That(written.Options.StartPoints, Is.EqualTo(LandscapeStart.Fair(2, written.Options.Objective)), "fair starts by default");
            Assert.That(written.Rows, Has.Count.EqualTo(2 * written.Options.StartPoints.Count));
            Assert.That(written.Rows.All(r => r.Drift is { } drift && double.IsFinite(drift)), Is.True, "every row says how far it still moved");
            Assert.That(written.Options.Objective.OutputBias, Is.False);
            Assert.That(written.Winners.Select(w => w.Beta), Is.EqualTo(new[] { 1e-4, 1e-2 }));
            Assert.That(LandscapeJson.Serialize(LandscapeJson.Parse(outcome.Out, "stdout")), Is.EqualTo(LandscapeJson.Serialize(written)));
        });
    }

    [Test]
    public void A_landscape_file_whose_rows_do_not_cover_its_betas_is_refused()
    {
        var path = Path.Combine(folder, "landscape.json");
        Assert.That(CliRunner.Run("landscape", "--n", "2", "--steps", "5", "--betas", "1e-4", "--out", path).ExitCode, Is.EqualTo(0));
        var text = File.ReadAllText(path).Replace("\"betas\":[0.0001]", "\"betas\":[0.0001,0.001]");
        Assert.That(() => LandscapeJson.Parse(text, "damaged.json"),
            Throws.TypeOf<Verification.Errors.BadInputException>().With.Message.Contains("damaged.json: landscape.rows must hold one row per beta and start"));
    }

    [Test]
    public void A_landscape_file_of_the_wrong_shape_is_refused_in_one_line_naming_the_field()
    {
        Assert.That(() => LandscapeJson.Parse("""{"format":"l1-landscape/1","landscape":{"rows":7}}""", "damaged.json"),
            Throws.TypeOf<Verification.Errors.BadInputException>().With.Message.StartsWith("damaged.json is not an l1-landscape/1 file: field $.landscape.rows")
                .And.Message.Not.Contains("\n"));
    }
}
