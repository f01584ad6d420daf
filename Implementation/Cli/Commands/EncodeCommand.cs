using System.CommandLine;
using Verification.Algorithms;
using Verification.Networks;

namespace Verification.Cli.Commands;

/// <summary><c>encode --algorithm NAME --n N [params] --out net.json</c>: one hand-encoded algorithm as a network file.</summary>
public static class EncodeCommand
{
    public static Command Create()
    {
        var algorithm = new Option<string>("--algorithm") { Description = string.Join(", ", HandEncoded.Labels), Required = true };
        var n = new Option<int>("--n") { Description = "input dimension (>= 1)", Required = true };
        var k = new Option<double>("--k") { Description = "sharpness of the axis neurons", DefaultValueFactory = _ => Pudding.DefaultK };
        var bias = new Option<double?>("--B") { Description = "pudding neuron bias (default 10 sqrt(n) s)" };
        var s = new Option<double>("--s") { Description = "pudding neuron input scale", DefaultValueFactory = _ => Pudding.DefaultS };
        var seed = new Option<long>("--seed") { Description = "seed of the convexity projections", DefaultValueFactory = _ => 0 };
        var outPath = NetworkArguments.Output();
        var command = new Command("encode", "Write a hand-encoded L1 algorithm as a network file.")
        {
            algorithm, n, k, bias, s, seed, outPath,
        };
        command.SetAction(parse =>
        {
            var dimension = parse.GetValue(n);
            Files.OutputPath.Require(parse.GetValue(outPath)!);
            var network = HandEncoded.Encode(HandEncoded.Parse(parse.GetValue(algorithm)!), dimension, parse.GetValue(k), parse.GetValue(bias), parse.GetValue(s), parse.GetValue(seed));
            NetworkFile.Write(network, parse.GetValue(outPath)!);
            Console.WriteLine($"wrote {parse.GetValue(algorithm)} network, n = {dimension}, H = {network.Hidden}, to {parse.GetValue(outPath)}");
            return 0;
        });
        return command;
    }
}
