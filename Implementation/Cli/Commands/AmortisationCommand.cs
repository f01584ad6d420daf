using System.CommandLine;
using System.Globalization;
using Verification.Baseline;
using Verification.Errors;
using Verification.Hypernetwork;
using Verification.Study;
using Verification.Sweep;
using Verification.Training;
using Verification.Vocabulary;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>amortisation [--checkpoint ckpt] [--budget S] [--every K] [--seeds N]</c>: times the hypernetwork's n = 16
/// phase diagram against training one weight-space variational model per beta level to the same labels
/// (BENCHMARKS.md). Prints a table; writes nothing.
/// </summary>
public static class AmortisationCommand
{
    public static Command Create()
    {
        var checkpoint = new Option<string?>("--checkpoint") { Description = "hypernetwork checkpoint (default: the shipped one)" };
        var budget = new Option<int>("--budget") { Description = "most Adam steps per weight-space model", DefaultValueFactory = _ => 12_000 };
        var every = new Option<int>("--every") { Description = "classify the weight-space models every this many steps", DefaultValueFactory = _ => 500 };
        var seeds = new Option<int>("--seeds") { Description = "networks per beta level", DefaultValueFactory = _ => Protocol.PaperSeeds };
        var command = new Command("amortisation", "Time the hypernetwork's phase diagram against one weight-space model per beta.") { checkpoint, budget, every, seeds };
        command.SetAction(parse =>
        {
            var (steps, interval, count) = (parse.GetValue(budget), parse.GetValue(every), parse.GetValue(seeds));
            if (steps < 1 || interval < 1 || count < 1) throw new BadInputException("budget, every and seeds must be at least 1");
            // One level's networks at n = 16 (48 x 19 weights each) as float64 means, deviations, samples and copies.
            MemoryBudget.Require(8 * 4 * MemoryBudget.Times(count, 48, 19), $"{count} networks per beta level");
            using var hypernetwork = HypernetworkFile.Load(ShippedCheckpoints.Resolve(parse.GetValue(checkpoint)));
            var betas = SweepGrid.LogSpaced(hypernetwork.Betas.BetaMin, hypernetwork.Betas.BetaMax, Protocol.BetaLevels);
            var result = Amortisation.Measure(hypernetwork, betas, count, new WeightSpaceVariational.Options(), steps, interval,
                (step, total, seconds, labels) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"weight space: step {step}/{total}, {seconds:F0} s training, eta {seconds / step * (total - step):F0} s: {Summary(labels)}")));
            Print(result);
            return 0;
        });
        return command;
    }

    static string Summary(IEnumerable<AlgorithmLabel> labels) =>
        string.Join(", ", labels.GroupBy(l => l).Select(g => $"{g.Count()} {g.Key}"));

    static void Print(AmortisationResult result)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine("      beta  hypernetwork        weight space        steps to match");
        foreach (var row in result.Rows)
            Console.WriteLine(string.Create(culture,
                $"{row.Beta,10:E2}  {row.HypernetworkLabel,-18}  {row.WeightSpaceLabel,-18}  {(row.StepsToMatch is { } s ? s.ToString(culture) : "not reached")}"));
        var bound = result.Matched < result.Rows.Count ? ">= " : "";
        Console.WriteLine(string.Create(culture, $"hypernetwork: {result.HypernetworkSeconds:F2} s for {result.Rows.Count} levels x {result.Seeds} networks (generate and classify)"));
        Console.WriteLine(string.Create(culture,
            $"weight space: {bound}{result.WeightSpaceSeconds:F1} s ({result.Matched}/{result.Rows.Count} levels reached the hypernetwork's label within {result.BudgetSteps} steps; classifying the diagram {result.ClassifySeconds:F2} s)"));
        Console.WriteLine(string.Create(culture, $"amortisation ratio: {bound}{result.Ratio:F1}x"));
    }
}
