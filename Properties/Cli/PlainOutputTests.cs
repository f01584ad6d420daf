using System.Globalization;
using Verification.Cli;
using Verification.Cli.Commands;
using Verification.Properties.Support;

namespace Verification.Properties.Cli;

/// <summary>Output that is not a terminal (a log, a pipe, CI) has no ANSI escape codes and fits 80 columns without cutting a header.</summary>
[Claim("CLI-3")]
public class PlainOutputTests
{
    static void AssertPlain(string text)
    {
        var lines = text.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain("\u001b"), "no ANSI escape codes");
            Assert.That(lines.Max(l => new StringInfo(l.TrimEnd('\r')).LengthInTextElements), Is.LessThanOrEqualTo(Terminal.PlainWidth), text);
        });
    }

    [Test]
    public void The_algorithms_table_is_plain_and_fits_80_columns()
    {
        var result = CliRunner.Run("algorithms", "--n", "1", "3");
        Assert.That(result.Out, Does.Contain("│ algorithm "), "the table goes to the command's output");
        AssertPlain(result.Out);
    }

    [Test]
    public void The_sweep_summary_fits_80_columns_with_every_header_whole()
    {
        var results = ClaimOnlyResults.With() with { Networks = SampleResults.Networks(25) };
        using var output = new StringWriter();
        Terminal.PlainOn(output).Write(SweepSummary.Table(results));
        var text = output.ToString();
        AssertPlain(text);
        var header = text.Split('\n').First(l => l.Contains("│ beta"));
        foreach (var column in new[] { "beta", "double-sided", "pudding", "convexity", "other", "pass 2%", "KL bits" })
            Assert.That(header, Does.Contain($" {column} "), text);
    }
}
