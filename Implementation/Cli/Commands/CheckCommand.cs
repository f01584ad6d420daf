using System.CommandLine;
using Verification.Checking;
using Verification.Errors;
using Verification.Problem;

namespace Verification.Cli.Commands;

/// <summary><c>check net.json [--tensors W=..,b=..,v=..,c=..] [--domain D] [--samples N] [--tolerance rel] [--seed S] [--json]</c>.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var path = NetworkArguments.Input();
        var tensors = NetworkArguments.Tensors();
        var domain = new Option<string>("--domain") { Description = "normal, uniform or box:R", DefaultValueFactory = _ => "normal" };
        var samples = new Option<int>("--samples") { Description = "inputs to draw", DefaultValueFactory = _ => L1Check.DefaultSamples };
        var tolerance = new Option<double>("--tolerance") { Description = "largest p99 relative error that passes", DefaultValueFactory = _ => L1Check.DefaultTolerance };
        var seed = new Option<long>("--seed") { Description = "seed of the input sample", DefaultValueFactory = _ => 0 };
        var json = new Option<bool>("--json") { Description = "print one JSON object" };
        var command = new Command("check", "Compare a network with the exact L1 norm. Exit code 0 whether it passes or not.")
        {
            path, tensors, domain, samples, tolerance, seed, json,
        };
        command.SetAction(parse =>
        {
            var inputDomain = InputDomain.Parse(parse.GetValue(domain)!);
            var file = parse.GetValue(path)!;
            var network = NetworkArguments.Read(parse, path, tensors);
            var result = L1Check.Run(network, inputDomain, parse.GetValue(samples), parse.GetValue(tolerance), parse.GetValue(seed));
            if (!result.Finite)
                throw new BadInputException($"{file}: the errors on domain {result.Domain} overflow float64 (R^2 {result.R2}, max abs error {result.MaxAbsError}); use a smaller domain, or a network with smaller weights");
            if (parse.GetValue(json)) Json.Print(result);
            else
            {
                Console.WriteLine($"{(result.Pass ? "PASS" : "FAIL")}: p99 relative error {result.P99RelError:P3} vs tolerance {result.Tolerance:P3}");
                Console.WriteLine($"  domain {result.Domain}, {result.Samples} samples, seed {result.Seed}");
                Console.WriteLine($"  max abs error {result.MaxAbsError:G4}, p99 abs error {result.P99AbsError:G4}");
                Console.WriteLine($"  max rel error {result.MaxRelError:P3}, R^2 {result.R2:F5}");
            }
            return 0;
        });
        return command;
    }
}
