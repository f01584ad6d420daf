using System.CommandLine;
using Verification.Classifier;
using Verification.Errors;

namespace Verification.Cli.Commands;

/// <summary><c>classify net.json [--tensors W=..,b=..,v=..,c=..] [--json]</c>: the algorithm label and the order parameters it was decided on.</summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var path = NetworkArguments.Input();
        var tensors = NetworkArguments.Tensors();
        var json = new Option<bool>("--json") { Description = "print one JSON object" };
        var command = new Command("classify", "Recognise which L1 algorithm a network implements.") { path, tensors, json };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(path)!;
            var result = AlgorithmClassifier.Classify(NetworkArguments.Read(parse, path, tensors));
            // Weights near 1e300 overflow the contributions the label is decided on: no label, rather than one read from infinities.
            if (result.Parameters.Named().FirstOrDefault(p => !double.IsFinite(p.Value)) is { Name: not null } overflow)
                throw new BadInputException($"{file}: the order parameter {overflow.Name} overflows float64 ({overflow.Value}); the network's weights are too large to classify");
            if (parse.GetValue(json))
                Json.Print(new { algorithm = result.Algorithm, orderParameters = result.Parameters });
            else
            {
                Console.WriteLine($"algorithm: {result.Algorithm}");
                foreach (var (name, value) in result.Parameters.Named()) Console.WriteLine($"  {name,-20} {value:G4}");
            }
            return 0;
        });
        return command;
    }
}
