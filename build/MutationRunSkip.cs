using NUnit.Framework.Interfaces;

[assembly: Verification.MutationRunSkip]

namespace Verification;

/// <summary>
/// Leaves tests out of a mutation run (build/mutation/run). L1VERIFY_MUTATION_SKIP lists categories, test classes
/// and tests (Class.Method), comma-separated; a test in one of them is ignored at once. Not Stryker's test filter: Stryker.NET
/// 5.1 counts every discovered test that a filter keeps from running as a test that never finished, and stops.
/// An ignored test still reports a result, so the counts agree. Unset, as in every other run, it does nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class MutationRunSkipAttribute : Attribute, ITestAction
{
    public const string Variable = "L1VERIFY_MUTATION_SKIP";

    static readonly HashSet<string> Skipped =
        (Environment.GetEnvironmentVariable(Variable) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    public ActionTargets Targets => ActionTargets.Test;

    public void BeforeTest(ITest test)
    {
        if (Skipped.Count > 0 && Names(test).FirstOrDefault(Skipped.Contains) is { } name)
            Assert.Ignore($"left out of mutation runs ({Variable} names {name})");
    }

    public void AfterTest(ITest test) { }

    /// <summary>The categories of the test and its fixtures, its class's name, and Class.Method.</summary>
    static IEnumerable<string> Names(ITest? test)
    {
        if (test?.TypeInfo is { } type)
        {
            yield return type.Name;
            yield return $"{type.Name}.{test.MethodName}";
        }
        for (; test is not null; test = test.Parent)
            foreach (var category in test.Properties["Category"].OfType<string>())
                yield return category;
    }
}
