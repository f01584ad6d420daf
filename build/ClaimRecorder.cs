using System.Collections.Concurrent;
using System.Text.Json;
using NUnit.Framework.Interfaces;

[assembly: Verification.ClaimRecorder]

namespace Verification;

/// <summary>
/// Records, for every test that names a claim, whether it passed. When L1VERIFY_CLAIM_RESULTS names a folder,
/// each test assembly writes <c>claims.{assembly}.{time}.{process}.json</c> there at the end of its run (use a fresh
/// folder per verification: every file in it counts): the evidence that
/// <c>l1verify verify --tests</c> and the report turn into per-claim verdicts (Spec/results-format.md).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class ClaimRecorderAttribute : Attribute, ITestAction
{
    static readonly ConcurrentQueue<TestOutcome> Outcomes = new();

    public ActionTargets Targets => ActionTargets.Test | ActionTargets.Suite;

    public void BeforeTest(ITest test) { }

    public void AfterTest(ITest test)
    {
        if (test.IsSuite)
        {
            if (test.Parent is null) Write(test);
            return;
        }
        var claims = Categories(test).Where(c => c.Contains('-')).Distinct().ToArray();
        if (claims.Length == 0) return;
        var outcome = TestContext.CurrentContext.Result.Outcome.Status.ToString();
        Outcomes.Enqueue(new TestOutcome(test.FullName, claims, outcome));
    }

    /// <summary>
    /// The test's categories and its fixtures', plus the claims named on the method itself: FsCheck's [Property]
    /// builds its tests without applying the method's attributes, so a method-level claim would be lost.
    /// </summary>
    static IEnumerable<string> Categories(ITest? test)
    {
        foreach (var claim in test?.Method?.GetCustomAttributes<ClaimAttribute>(false) ?? [])
            yield return claim.Id;
        for (; test is not null; test = test.Parent)
            foreach (var category in test.Properties["Category"].OfType<string>())
                yield return category;
    }

    static void Write(ITest assembly)
    {
        var folder = Environment.GetEnvironmentVariable("L1VERIFY_CLAIM_RESULTS");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        var name = Path.GetFileNameWithoutExtension(assembly.Name);
        // One file per run, so that runs of other categories of the same assembly add evidence instead of replacing it.
        var path = Path.Combine(folder, $"claims.{name}.{DateTime.UtcNow:yyyyMMddHHmmssfff}.{Environment.ProcessId}.json");
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new { assembly = name, tests = Outcomes.ToArray() }, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        File.Move(temp, path, overwrite: true);
    }

    sealed record TestOutcome(string Name, string[] Claims, string Outcome);
}
