using System.CommandLine;
using Verification.Claims;
using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>verify [results.json] [--tests folder]</c>: the gate (Claims.Gate). Exit 1 when it fails, 0 otherwise, 2 on
/// bad input. Every claim is listed with its verdict, open ones too, on stdout with why each failing one
/// gates; stderr has one line, naming them.
/// </summary>
public static class VerifyCommand
{
    public const int ClaimFailed = 1;

    public static Command Create()
    {
        var path = new Argument<string>("results") { Description = "an l1-results/2 file", DefaultValueFactory = _ => "results.json" };
        var tests = new Option<string?>("--tests") { Description = "folder of claims.*.json test evidence (dotnet test with L1VERIFY_CLAIM_RESULTS)" };
        var command = new Command("verify", "Exit 1 when an established claim fails or was not checked: the CI gate.") { path, tests };
        command.SetAction(parse =>
        {
            var verdicts = JudgedResults.Read(parse.GetValue(path)!, parse.GetValue(tests)).Claims;
            foreach (var claim in verdicts)
                Console.WriteLine($"{claim.Verdict.Name.ToUpperInvariant(),-8} {claim.Id,-7} {(claim.Status == ClaimStatus.Open ? "(open) " : "")}{claim.Measured}");
            var gate = Gate.Judge(verdicts);
            Console.WriteLine($"claims: {verdicts.Count(c => c.Verdict == Verdict.Pass)} pass, {verdicts.Count(c => c.Verdict == Verdict.Fail)} fail ({verdicts.Count(c => c.Status == ClaimStatus.Open && c.Verdict == Verdict.Fail)} of them open), {verdicts.Count(c => c.Verdict == Verdict.NotRun)} not run");
            foreach (var claim in gate.OpenPassing)
                Console.WriteLine($"open claim {claim.Id} passes now: mark it 'holds' in Spec/claims.md so that CI guards it");
            foreach (var claim in gate.Failed)
                Console.WriteLine($"claim {claim.Id} fails: {claim.Measured} (required: {claim.Threshold})");
            foreach (var claim in gate.NotChecked)
                Console.WriteLine($"claim {claim.Id} was not checked: {claim.Measured}");
            if (gate.Passes) return 0;
            Console.Error.WriteLine(GateFailure(gate));
            return ClaimFailed;
        });
        return command;
    }

    /// <summary>The one stderr line of a failed gate; the lines above it on stdout say why for each claim.</summary>
    static string GateFailure(Gate gate) =>
        "the gate fails: " + string.Join("; ", new[]
        {
            gate.Failed.Count == 0 ? null : $"{Claims(gate.Failed.Count)} fail{(gate.Failed.Count == 1 ? "s" : "")} ({Ids(gate.Failed)})",
            gate.NotChecked.Count == 0 ? null : $"{Claims(gate.NotChecked.Count)} {(gate.NotChecked.Count == 1 ? "was" : "were")} not checked ({Ids(gate.NotChecked)})",
        }.OfType<string>());

    static string Claims(int count) => count == 1 ? "1 established claim" : $"{count} established claims";

    static string Ids(IEnumerable<ClaimResult> claims) => string.Join(", ", claims.Select(c => c.Id));
}
