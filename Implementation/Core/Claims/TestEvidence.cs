using System.Text.Json;
using Verification.Errors;
using Verification.Results;

namespace Verification.Claims;

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

    /// <summary>NUnit's outcomes, as build/ClaimRecorder.cs writes them; anything else is not evidence.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["Passed", "Failed", "Skipped", "Inconclusive", "Warning"];

    public static TestEvidence Read(string folder)
    {
        Files.OutputPath.RequireExistingFolder(folder, "test evidence folder");
        var files = Directory.GetFiles(folder, "claims.*.json");
        if (files.Length == 0) throw new BadInputException($"test evidence folder {folder} has no claims.*.json files; run dotnet test with L1VERIFY_CLAIM_RESULTS={folder}");
        var tests = files.SelectMany(ReadFile).ToArray();
        var byClaim = tests.SelectMany(t => t.Claims.Select(c => (claim: c, t.Outcome)))
            .GroupBy(x => x.claim)
            .ToDictionary(g => g.Key, g => new Tally(
                g.Count(x => x.Outcome == "Passed"), g.Count(x => x.Outcome == "Failed"), g.Count(x => x.Outcome is not ("Passed" or "Failed"))));
        return new TestEvidence(byClaim);
    }

    static Test[] ReadFile(string path)
    {
        Test[] tests;
        try
        {
            tests = JsonSerializer.Deserialize<File>(Files.InputFile.ReadAllText(path, "test evidence"), ResultsJson.Options)?.Tests
                ?? throw new BadInputException($"test evidence {path} must be a JSON object");
        }
        catch (JsonException e) { throw new BadInputException($"test evidence {path} is not valid: {Files.JsonProblem.Describe(e)}"); }
        for (var k = 0; k < tests.Length; k++)
        {
            var test = tests[k] ?? throw new BadInputException($"test evidence {path}: tests[{k}] is null");
            if (test.Claims.Any(c => c is null)) throw new BadInputException($"test evidence {path}: tests[{k}].claims holds a null");
            if (!Outcomes.Contains(test.Outcome))
                throw new BadInputException($"test evidence {path}: tests[{k}].outcome is \"{test.Outcome}\"; expected one of {string.Join(", ", Outcomes)}");
        }
        return tests;
    }
}
