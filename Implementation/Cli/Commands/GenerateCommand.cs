using System.CommandLine;
using System.Text.Json.Nodes;
using Verification.Errors;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Shell;
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
        var outPath = NetworkArguments.Output();
        var command = new Command("generate", "Generate one network with the trained hypernetwork.") { n, beta, seed, checkpoint, outPath };
        command.SetAction(parse =>
        {
            var (dimension, b) = (parse.GetValue(n), parse.GetValue(beta));
            if (dimension < 1 || dimension > MaxDimension) throw new BadInputException($"n must be between 1 and {MaxDimension}, got {dimension}");
            var output = parse.GetValue(outPath)!;
            Files.OutputPath.Require(output);
            var path = ShippedCheckpoints.Resolve(parse.GetValue(checkpoint));
            var options = Checkpoint.Load(path).Options;
            TrainedBeta.Require(b, options);
            using var hypernetwork = HypernetworkFile.Load(path);
            var network = NetworkGenerator.Generate(hypernetwork, dimension, b, parse.GetValue(seed));
            NetworkFile.Write(network, output, new JsonObject
            {
                ["generator"] = "hypernetwork", ["checkpoint"] = path, ["beta"] = b, ["seed"] = parse.GetValue(seed),
            });
            Console.WriteLine($"wrote a network for n = {dimension}, beta = {b:G3}, seed {parse.GetValue(seed)} to {output}");
            return 0;
        });
        return command;
    }
}
