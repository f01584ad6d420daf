using System.Reflection;
using System.Runtime.InteropServices;
using Verification.Mutation;

namespace Verification.Results;

/// <summary>
/// Provenance of a run: the suite's commit (stamped into the assembly at build time), tools, machine, and the
/// mutation score recorded for this build (Spec/mutation.json, embedded).
/// </summary>
public static class RunInfoFactory
{
    public static RunInfo Create(string command, IReadOnlyDictionary<string, double> durations, CheckpointInfo? checkpoint) =>
        new(command, Commit, DateTime.UtcNow, Machine(), Tools(), durations, checkpoint, MutationScore.Shipped.Summary);

    /// <summary>The SDK appends "+{git commit}" to the informational version when built inside a git checkout.</summary>
    public static string Commit
    {
        get
        {
            var version = typeof(RunInfoFactory).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
            var plus = version.IndexOf('+');
            return plus >= 0 ? version[(plus + 1)..] : "unknown";
        }
    }

    static MachineInfo Machine() => new(
        RuntimeInformation.OSDescription,
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1));

    static IReadOnlyDictionary<string, string> Tools() => new SortedDictionary<string, string>
    {
        ["dotnet"] = RuntimeInformation.FrameworkDescription,
        ["torchsharp"] = typeof(TorchSharp.torch).Assembly.GetName().Version?.ToString() ?? "unknown",
        ["suite"] = Commit,
    };
}
