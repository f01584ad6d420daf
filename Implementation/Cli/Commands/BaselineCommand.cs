using System.CommandLine;
using Verification.Baseline;
using Verification.Networks;

namespace Verification.Cli.Commands;

/// <summary><c>baseline [--n N] [--steps S] [--seed S] --out net.json</c>: the Adam-trained MLP without complexity control.</summary>
public static class BaselineCommand
{
    public static Command Create()
    {
        var defaults = new AdamBaseline.Options();
        var n = new Option<int>("--n") { Description = "input dimension", DefaultValueFactory = _ => defaults.N };
        var steps = new Option<int>("--steps") { Description = "Adam steps", DefaultValueFactory = _ => defaults.Steps };
        var seed = new Option<long>("--seed") { Description = "initialisation and data seed", DefaultValueFactory = _ => defaults.Seed };
        var outPath = NetworkArguments.Output();
        var command = new Command("baseline", "Train the conventional baseline: the same MLP with Adam, no complexity control.") { n, steps, seed, outPath };
        command.SetAction(parse =>
        {
            var options = defaults with { N = parse.GetValue(n), Steps = parse.GetValue(steps), Seed = parse.GetValue(seed) };
            // The same cap as generated networks: a 3n-wide MLP past it leaves the claims' evidence and, at n = 1e5, the machine's memory.
            if (options.N is < 1 or > Training.TrainingOptions.MaxDimension)
                throw new Errors.BadInputException($"n must be between 1 and {Training.TrainingOptions.MaxDimension}, got {options.N}");
            if (options.Steps < 1) throw new Errors.BadInputException($"steps must be at least 1, got {options.Steps}");
            Files.OutputPath.Require(parse.GetValue(outPath)!);
            var network = AdamBaseline.Train(options);
            NetworkFile.Write(network, parse.GetValue(outPath)!);
            Console.WriteLine($"wrote the Adam baseline (n = {options.N}, {options.Steps} steps, seed {options.Seed}) to {parse.GetValue(outPath)}");
            return 0;
        });
        return command;
    }
}
