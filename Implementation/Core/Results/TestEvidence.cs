using System.Text.Json;
using Verification.Errors;

namespace Verification.Results;

/// <summary>
/// Test outcomes per claim, from the <c>claims.*.json</c> files that test runs write when
/// L1VERIFY_CLAIM_RESULTS names a folder (build/ClaimRecorder.cs).
/// </summary>
public sealed record TestEvidence(IReadOnlyDictionary<string, TestEvidence.Tally> ByClaim)
{
    public sealed record Tally(int Passed, int Failed, int Other)
    {
        public int Total => Passed + Failed + Other;
    }

    sealed record File(string Assembly, Test[] Tests);
    sealed record Test(string Name, string[] Claims, string Outcome);

    public static TestEvidence Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new InputError($"test evidence folder {folder} does not exist");
        var files = Directory.GetFiles(folder, "claims.*.json");
        if (files.Length == 0) throw new InputError($"test evidence folder {folder} has no claims.*.json files; run dotnet test with L1VERIFY_CLAIM_RESULTS={folder}");
        var tests = files.SelectMany(path =>
        {
            try
            {
                return JsonSerializer.Deserialize<File>(System.IO.File.ReadAllText(path), ResultsJson.Options)?.Tests ?? [];
            }
            catch (JsonException e) { throw new InputError($"test evidence {path} is not valid: {e.Message}"); }
        }).ToArray();
        var byClaim = tests.SelectMany(t => t.Claims.Select(c => (claim: c, t.Outcome)))
            .GroupBy(x => x.claim)
            .ToDictionary(g => g.Key, g => new Tally(
                g.Count(x => x.Outcome == "Passed"), g.Count(x => x.Outcome == "Failed"), g.Count(x => x.Outcome is not ("Passed" or "Failed"))));
        return new TestEvidence(byClaim);
    }
}
