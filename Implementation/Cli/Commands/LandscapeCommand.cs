using System.CommandLine;
using System.Globalization;
using Verification.Errors;
using Verification.Files;
using Verification.Landscape;
using Verification.Shell;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>landscape [--n N] [--betas B ...] [--steps S] [--seed S] [--json]</c> and the objective's knobs: for each
/// beta, one weight-space model started at each hand-encoded algorithm; the lowest converged loss names the
/// objective's own phase at that beta (Spec/hypernetwork.md, section 8).
/// </summary>
public static class LandscapeCommand
{
    const int MaxN = 64;
    const int MaxBetas = 25;

    public static Command Create()
    {
        var n = new Option<int>("--n") { Description = $"input dimension, 1..{MaxN}", DefaultValueFactory = _ => 16 };
        var betas = new Option<double[]>("--betas") { Description = "complexity weights, each in (0, 10]", AllowMultipleArgumentsPerToken = true };
        var steps = new Option<int>("--steps") { Description = "Adam steps per model", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<long>("--seed") { Description = "seed of every draw", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "print the l1-landscape/1 JSON (progress goes to stderr)" };
        var output = new Option<string?>("--out") { Description = "also write the l1-landscape/1 JSON to this file" };
        var startSet = new Option<string>("--starts")
        {
            Description = "fair: several starts per family (double-sided at k 4..32, each pudding sign linear out to several quantiles of the input scale); single: one per family",
            DefaultValueFactory = _ => "fair",
        };
        startSet.AcceptOnlyFromAmong("fair", "single");
        var objectiveOptions = new ObjectiveOptions();
        var command = new Command("landscape", "Which algorithm the objective itself prefers at each beta: weight-space models started at each hand encoding.")
        {
            n, betas, steps, seed, json, output, startSet,
        };
        foreach (var option in objectiveOptions.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var dimension = parse.GetValue(n);
            if (dimension is < 1 or > MaxN) throw new BadInputException($"--n must be in 1..{MaxN}, got {dimension}");
            var levels = parse.GetValue(betas) is { Length: > 0 } given ? given : LandscapeOptions.DefaultBetas.ToArray();
            if (levels.Length > MaxBetas) throw new BadInputException($"at most {MaxBetas} betas, got {levels.Length}");
            var outside = levels.Where(b => !(b > 0 && b <= 10)).ToArray();
            if (outside.Length > 0) throw new BadInputException($"every beta must be in (0, 10], got {outside[0].ToString(CultureInfo.InvariantCulture)}");
            if (levels.Distinct().Count() != levels.Length) throw new BadInputException("--betas lists a beta twice");
            var stepCount = parse.GetValue(steps);
            if (stepCount is < 1 or > 1_000_000) throw new BadInputException($"--steps must be in 1..1000000, got {stepCount}");
            var objective = objectiveOptions.Read(parse);
            var starts = parse.GetValue(startSet) == "fair" ? LandscapeStart.Fair(dimension, objective) : null;
            var options = new LandscapeOptions(dimension, levels, stepCount, parse.GetValue(seed), objective, Starts: starts);
            var outPath = parse.GetValue(output);
            if (outPath is not null) OutputPath.Require(outPath);

            var asJson = parse.GetValue(json);
            LandscapeResult Work(ProgressDisplay.Update update) => LandscapeRunner.Run(options,
                (step, total, seconds) => update("landscape", step, total, string.Create(CultureInfo.InvariantCulture, $"step {step}")));
            var result = asJson ? ProgressDisplay.RunPlain(Work, Console.Error) : ProgressDisplay.Run(Work);
            if (outPath is not null) LandscapeJson.Write(result, outPath);
            if (asJson) Console.WriteLine(LandscapeJson.Serialize(result));
            else Print(result);
            return 0;
        });
        return command;
    }

    static void Print(LandscapeResult result)
    {
        var culture = CultureInfo.InvariantCulture;
        var o = result.Options;
        Console.WriteLine(string.Create(culture, $"objective: {o.Objective}; n = {o.N}, {o.Steps} steps, seed {o.Seed}, {result.Seconds:F0} s"));
        Console.WriteLine("      beta  start                                 loss        mse      KL bits  label               axis  linear  2-sided  margin   drift");
        var starts = o.StartPoints;
        foreach (var (row, k) in result.Rows.Select((r, k) => (r, k)))
        {
            var p = row.Parameters;
            Console.WriteLine(string.Create(culture,
                $"{row.Beta,10:E1}  {starts[k % starts.Count],-36} {row.Loss,9:G4}  {row.Mse,9:G4}  {row.KlBits,9:F0}  {row.Label,-18} {p.AxisShare,5:F2}  {p.LinearShare,6:F2}  {p.DoubleSidedness,7:F2}  {result.Margin(row),6:P1}  {row.Drift,6:P2}"));
        }
        Console.WriteLine("phase (lowest loss) by beta: " + string.Join(", ",
            result.Winners.Select(w => string.Create(culture, $"{w.Beta:E0} {w.Start} -> {w.Label} (lead {result.Lead(w):P0})"))));
    }
}
