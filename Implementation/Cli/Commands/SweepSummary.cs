using System.Globalization;
using Spectre.Console;
using Verification.Results;
using Verification.Study;
using Verification.Vocabulary;

namespace Verification.Cli.Commands;

/// <summary>What sweep and reproduce print at the end: the n = 16 labels per beta, and each discovery claim's verdict.</summary>
public static class SweepSummary
{
    /// <summary>Short headers, so that the table fits the 80 columns of a log or a plain terminal without cutting one.</summary>
    public static Table Table(RunResults results)
    {
        var table = new Table()
            .Title($"n = {Protocol.PhaseDimension}: algorithms by beta ({results.Sweep.Seeds.Count} seeds each)")
            .Caption("pudding: positive/negative/mixed; other: unclassified; KL bits: mean");
        foreach (var column in new[] { "beta", "double-sided", "pudding", "convexity", "other", "pass 2%", "KL bits" })
            table.AddColumn(column);
        foreach (var (beta, networks) in GroupFigures.PhaseLevels(results.Networks))
        {
            var level = GroupFigures.Of(networks);
            table.AddRow(beta.ToString("0.00E+0", CultureInfo.InvariantCulture), level.Count(AlgorithmLabel.DoubleSided).ToString(),
                $"{level.Count(AlgorithmLabel.PositivePudding)}/{level.Count(AlgorithmLabel.NegativePudding)}/{level.Count(AlgorithmLabel.MixedPudding)}",
                level.Count(AlgorithmLabel.Convexity).ToString(), level.Count(AlgorithmLabel.Unclassified).ToString(),
                $"{level.PassShare:P0}", $"{level.MeanKlBits:F0}");
        }
        return table;
    }

    public static void Print(RunResults results)
    {
        Terminal.Console().Write(Table(results));
        // The claims this run measured itself; test-only claims need the test evidence (--tests).
        foreach (var claim in results.Claims.Where(c => c.Figure is not null))
            Console.WriteLine($"{claim.Verdict.Name.ToUpperInvariant(),-8} {claim.Id}: {claim.Measured}");
        Console.WriteLine($"claims: {results.Claims.Count(c => c.Verdict == Verdict.Pass)} pass, {results.Claims.Count(c => c.Verdict == Verdict.Fail)} fail, {results.Claims.Count(c => c.Verdict == Verdict.NotRun)} not run");
    }
}
