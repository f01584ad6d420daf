using System.CommandLine;
using Verification.Claims;

namespace Verification.Cli.Commands;

/// <summary><c>report [results.json] [--tests folder] --out report.html</c>: the self-contained HTML report.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("results") { Description = "an l1-results/2 file", DefaultValueFactory = _ => "results.json" };
        var tests = new Option<string?>("--tests") { Description = "folder of claims.*.json test evidence to include in the verdicts" };
        var outPath = new Option<string>("--out") { Description = "HTML file to write", DefaultValueFactory = _ => "report.html" };
        var command = new Command("report", "Write the HTML verification report from a results file.") { path, tests, outPath };
        command.SetAction(parse =>
        {
            Files.OutputPath.Require(parse.GetValue(outPath)!);
            var results = JudgedResults.Read(parse.GetValue(path)!, parse.GetValue(tests));
            Reports.ReportGenerator.Write(results, parse.GetValue(outPath)!);
            Console.WriteLine($"wrote {parse.GetValue(outPath)}");
            return 0;
        });
        return command;
    }
}
