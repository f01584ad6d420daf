using System.CommandLine;
using Verification.Classifier;
using Verification.Networks;

namespace Verification.Cli.Commands;

/// <summary><c>classify net.json [--json]</c>: the algorithm label and the order parameters it was decided on.</summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("network") { Description = "an l1-mlp/1 network file" };
        var json = new Option<bool>("--json") { Description = "print one JSON object" };
        var command = new Command("classify", "Recognise which L1 algorithm a network implements.") { path, json };
        command.SetAction(parse =>
        {
            var result = AlgorithmClassifier.Classify(NetworkJson.Read(parse.GetValue(path)!));
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
