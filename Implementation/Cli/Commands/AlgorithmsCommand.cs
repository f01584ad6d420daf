using System.CommandLine;
using Spectre.Console;
using Verification.Algorithms;
using Verification.Checking;
using Verification.Classifier;
using Verification.Problem;
using Verification.Vocabulary;

namespace Verification.Cli.Commands;

/// <summary><c>algorithms [--n N ...]</c>: encode every hand-written algorithm, check it and classify it, as one table.</summary>
public static class AlgorithmsCommand
{
    public static Command Create()
    {
        var dimensions = new Option<int[]>("--n") { Description = "input dimensions", DefaultValueFactory = _ => [4, 16, 64], AllowMultipleArgumentsPerToken = true };
        var command = new Command("algorithms", "Encode, check and classify the three algorithms by hand (the encoding half of the suite).") { dimensions };
        command.SetAction(parse =>
        {
            // Every n before the first is checked: a bad one last in the list would otherwise cost the others' checks.
            foreach (var n in parse.GetValue(dimensions)!) HandEncoded.RequireDimension(n);
            var table = new Table().Title("Hand-encoded L1 algorithms (check: x ~ N(0, I_n), 10000 samples, tolerance 2%)");
            foreach (var column in new[] { "algorithm", "n", "label", "p99 rel error", "R^2", "check" }) table.AddColumn(column);
            var recovered = 0;
            var total = 0;
            foreach (var n in parse.GetValue(dimensions)!)
                foreach (var name in HandEncoded.Labels.Where(name => n >= 2 || name != AlgorithmLabel.MixedPudding))
                {
                    var network = HandEncoded.Encode(name, n);
                    var label = AlgorithmClassifier.Classify(network).Algorithm;
                    var check = L1Check.Run(network, InputDomain.Normal);
                    total++;
                    if (label == name) recovered++;
                    table.AddRow(name.Name, n.ToString(), label == name ? label.Name : $"[red]{label}[/]",
                        $"{check.P99RelError:P3}", $"{check.R2:F4}", check.Pass ? "pass" : "fail");
                }
            Terminal.Console().Write(table);
            Console.WriteLine($"classifier recovered {recovered} of {total} hand-encoded networks");
            return 0;
        });
        return command;
    }
}
