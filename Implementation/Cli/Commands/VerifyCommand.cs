using System.CommandLine;
using Verification.Results;

namespace Verification.Cli.Commands;

/// <summary>
/// <c>verify [results.json] [--tests folder]</c>: the gate. Exit 1 when a claim whose status is "holds"
/// fails or was not checked at all (a gate that passes what it never saw guards nothing), 0 otherwise, 2 on
/// bad input. Open claims are listed with their verdicts but do not gate.
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
            var results = ResultsJson.ReadWithClaims(parse.GetValue(path)!, ClaimCatalog.All);
            var evidence = parse.GetValue(tests) is { } folder ? TestEvidence.Read(folder) : null;
            var verdicts = ClaimVerdicts.Combine(ClaimCatalog.All, results.Claims, evidence);
            foreach (var claim in verdicts)
                Console.WriteLine($"{claim.Verdict.ToUpperInvariant(),-8} {claim.Id,-7} {(claim.Status == Claim.Open ? "(open) " : "")}{claim.Measured}");
            var failed = verdicts.Where(c => c.IsRegression).ToArray();
            var notChecked = verdicts.Where(c => c.Status == Claim.Holds && c.Verdict == "not-run").ToArray();
            var open = verdicts.Where(c => c.Status == Claim.Open).ToArray();
            Console.WriteLine($"claims: {verdicts.Count(c => c.Verdict == "pass")} pass, {verdicts.Count(c => c.Verdict == "fail")} fail ({open.Count(c => c.Verdict == "fail")} of them open), {verdicts.Count(c => c.Verdict == "not-run")} not run");
            foreach (var claim in open.Where(c => c.Verdict == "pass"))
                Console.WriteLine($"open claim {claim.Id} passes now: mark it 'holds' in Spec/claims.md so that CI guards it");
            foreach (var claim in failed)
                Console.Error.WriteLine($"claim {claim.Id} fails: {claim.Measured} (required: {claim.Threshold})");
            foreach (var claim in notChecked)
                Console.Error.WriteLine($"claim {claim.Id} was not checked: {claim.Measured}");
            return failed.Length + notChecked.Length > 0 ? ClaimFailed : 0;
        });
        return command;
    }
}
