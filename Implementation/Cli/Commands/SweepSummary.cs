using System.Globalization;
using Spectre.Console;
using Verification.Classifier;
using Verification.Results;
using Verification.Study;
using Verification.Sweep;

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
        foreach (var level in results.Networks.Where(r => r.Source == "hypernetwork" && r.N == Protocol.PhaseDimension).GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key))
        {
            int Count(string label) => level.Count(r => r.Algorithm == label);
            table.AddRow(level.Key.ToString("0.00E+0", CultureInfo.InvariantCulture), Count(Algorithm.DoubleSided).ToString(),
                $"{Count(Algorithm.PositivePudding)}/{Count(Algorithm.NegativePudding)}/{Count(Algorithm.MixedPudding)}",
                Count(Algorithm.Convexity).ToString(), Count(Algorithm.Unclassified).ToString(),
                $"{level.Count(r => r.Check.Pass) / (double)level.Count():P0}", $"{level.Average(r => r.KlBits ?? 0):F0}");
        }
        return table;
    }

    public static void Print(RunResults results)
    {
        Terminal.Console().Write(Table(results));
        // The claims this run measured itself; test-only claims need the test evidence (--tests).
        foreach (var claim in results.Claims.Where(c => c.Figure is not null))
            Console.WriteLine($"{claim.Verdict.ToUpperInvariant(),-8} {claim.Id}: {claim.Measured}");
        Console.WriteLine($"claims: {results.Claims.Count(c => c.Verdict == "pass")} pass, {results.Claims.Count(c => c.Verdict == "fail")} fail, {results.Claims.Count(c => c.Verdict == "not-run")} not run");
    }
}
