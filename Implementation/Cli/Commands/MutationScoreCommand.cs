using System.CommandLine;
using System.Globalization;
using Verification.Mutation;
using Verification.Results;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>mutation-score report.json... [--threshold 85] [--write Spec/mutation.json] [--baseline Spec/mutation.json]</c>:
/// the score of Stryker.NET's JSON reports per file and in total (build/mutation/run calls it). Exit 1 when the
/// total is below the threshold, like verify for claims; --write records the run (date, the commit this tool was
/// built from, per-file tallies). With --baseline (a run on changed files, as in CI) each tested file must reach
/// the threshold or, when the recorded run had it lower, its recorded score: a change may not lower a file's score,
/// and a file still short of the bar is not made to fail a change that did not weaken it. Each such file is named on
/// stdout with its score; stderr has one line.
/// </summary>
public static class MutationScoreCommand
{
    public const double DefaultThreshold = 85;

    public static Command Create()
    {
        var reports = new Argument<string[]>("reports") { Description = "Stryker.NET mutation-report.json files", Arity = ArgumentArity.OneOrMore };
        var threshold = new Option<double>("--threshold") { Description = "lowest passing score in percent", DefaultValueFactory = _ => DefaultThreshold };
        var root = new Option<string>("--root") { Description = "folder the file paths are given relative to", DefaultValueFactory = _ => "." };
        var write = new Option<string?>("--write") { Description = "write the summary (Spec/mutation.json) here" };
        var tool = new Option<string>("--tool") { Description = "the tool and version that made the reports, for the record", DefaultValueFactory = _ => "Stryker.NET" };
        var baseline = new Option<string?>("--baseline") { Description = "a recorded summary: each file must reach the threshold or its recorded score" };
        var command = new Command("mutation-score", "Score Stryker.NET's JSON reports per file; exit 1 below the threshold.") { reports, threshold, root, write, baseline, tool };
        command.SetAction(parse =>
        {
            var paths = parse.GetValue(reports)!;
            var bar = parse.GetValue(threshold);
            if (!double.IsFinite(bar) || bar is < 0 or > 100) throw new Errors.BadInputException($"--threshold must be a percentage from 0 to 100, got {bar}");
            Files.OutputPath.RequireExistingFolder(parse.GetValue(root)!, "root folder");
            // Every file it reads and writes is checked before the summary is written: a refusal leaves nothing behind.
            if (parse.GetValue(write) is { } writePath) Files.OutputPath.Require(writePath);
            var recorded = parse.GetValue(baseline) is { } recordedPath
                ? MutationScore.Parse(Files.InputFile.ReadAllText(recordedPath, "mutation summary"), recordedPath).Files
                    .Where(f => f.Tally.Mutants > 0).ToDictionary(f => f.Path, f => f.Tally.Score)
                : null;
            var texts = paths.Select(p => (Files.InputFile.ReadAllText(p, "mutation report"), p)).ToArray();
            var files = MutationScore.FromStryker(texts, Path.GetFullPath(parse.GetValue(root)!)).Where(f => f.Tally.Mutants > 0).ToArray();
            var score = new MutationScore(parse.GetValue(tool)!, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                RunInfoFactory.Commit, bar, files);
            var total = score.Total;
            if (total.Mutants == 0) throw new Errors.BadInputException($"no mutant was tested in {string.Join(", ", paths)}");
            // A Markdown table, as Spec/mutation.md shows it.
            Console.WriteLine("| file | score | killed | timeout | survived | no coverage |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
            foreach (var file in files)
                Console.WriteLine($"| `{file.Path}` | {Row(file.Tally)}");
            Console.WriteLine($"| total | {Row(total)}");
            Console.WriteLine($"mutation score: {Percent(total.Score)} ({total.Detected} of {total.Mutants} mutants detected); threshold {bar:G4}%");
            if (parse.GetValue(write) is { } path)
            {
                Files.AtomicFile.WriteAllText(path, score.Serialize());
                Console.WriteLine($"wrote {path}");
            }
            if (recorded is not null)
            {
                var below = files.Where(f => f.Tally.Score * 100 < Math.Min(bar, 100 * recorded.GetValueOrDefault(f.Path, 1))).ToArray();
                foreach (var file in below)
                    Console.WriteLine($"{file.Path}: mutation score {Percent(file.Tally.Score)} is below {(recorded.TryGetValue(file.Path, out var was) && was * 100 < bar ? $"its recorded {Percent(was)}" : $"the threshold {bar:G4}%")}");
                if (below.Length == 0) return 0;
                Console.Error.WriteLine($"{(below.Length == 1 ? "1 file is" : $"{below.Length} files are")} below the bar: {string.Join(", ", below.Select(f => f.Path))}");
                return VerifyCommand.ClaimFailed;
            }
            if (total.Score * 100 >= bar) return 0;
            Console.Error.WriteLine($"mutation score {Percent(total.Score)} is below the threshold {bar:G4}%: kill the survivors or record why they are equivalent (Spec/mutation.md)");
            return VerifyCommand.ClaimFailed;
        });
        return command;
    }

    static string Row(MutantTally tally) => $"{Percent(tally.Score)} | {tally.Killed} | {tally.Timeout} | {tally.Survived} | {tally.NoCoverage} |";

    static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
