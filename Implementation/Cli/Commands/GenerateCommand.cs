using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Verification.Errors;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Study;
using Verification.Training;

namespace Verification.Cli.Commands;

/// <summary><c>generate --n N --beta B --seed S [--checkpoint ckpt] --out net.json</c>: one network from the hypernetwork.</summary>
public static class GenerateCommand
{
    /// <summary>Networks are 3n wide; past this the sweep's memory and the claims' evidence end.</summary>
    public const int MaxDimension = TrainingOptions.MaxDimension;

    public static Command Create()
    {
        var n = new Option<int>("--n") { Description = $"input dimension (1..{MaxDimension})", Required = true };
        var beta = new Option<double>("--beta") { Description = "complexity weight, inside the trained range", Required = true };
        var seed = new Option<long>("--seed") { Description = "sampling seed", DefaultValueFactory = _ => 0 };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "hypernetwork checkpoint (default: the shipped one)" };
        var outPath = new Option<string>("--out") { Description = "network file to write", Required = true };
        var command = new Command("generate", "Generate one network with the trained hypernetwork.") { n, beta, seed, checkpoint, outPath };
        command.SetAction(parse =>
        {
            var (dimension, b) = (parse.GetValue(n), parse.GetValue(beta));
            if (dimension < 1 || dimension > MaxDimension) throw new BadInputException($"n must be between 1 and {MaxDimension}, got {dimension}");
            var output = parse.GetValue(outPath)!;
            Files.OutputPath.Require(output);
            var path = ShippedCheckpoints.Resolve(parse.GetValue(checkpoint));
            var options = Checkpoint.Load(path).Options;
            RequireTrainedBeta(b, options);
            using var hypernetwork = HypernetworkFile.Load(path);
            var network = NetworkGenerator.Generate(hypernetwork, dimension, b, parse.GetValue(seed));
            NetworkJson.Write(network, output, new JsonObject
            {
                ["generator"] = "hypernetwork", ["checkpoint"] = path, ["beta"] = b, ["seed"] = parse.GetValue(seed),
            });
            Console.WriteLine($"wrote a network for n = {dimension}, beta = {b:G3}, seed {parse.GetValue(seed)} to {output}");
            return 0;
        });
        return command;
    }

    public static void RequireTrainedBeta(double beta, TrainingOptions options)
    {
        // Every digit the user typed: 0.0100001 rounded to 0.01 would read as inside the range it is refused for.
        var typed = beta.ToString(CultureInfo.InvariantCulture);
        if (!double.IsFinite(beta) || beta <= 0) throw new BadInputException($"beta must be a positive number, got {typed}");
        if (beta < options.BetaMin || beta > options.BetaMax)
            throw new BadInputException($"beta {typed} is outside the trained range [{options.BetaMin:G3}, {options.BetaMax:G3}]; the hypernetwork does not extrapolate");
    }
}
