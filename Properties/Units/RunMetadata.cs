using System.Text.Json.Nodes;

namespace Verification.Properties.Units;

/// <summary>
/// A results file with what may differ between two runs of the same work blanked out: when it was made, how long
/// it took and on which machine. The rest, everything from the sweep's settings on, stays byte for byte.
/// </summary>
public static class RunMetadata
{
    static readonly string[] Varying = ["createdUtc", "durationsSeconds", "machine"];

    /// <summary>The run object without its varying fields, and the file's text after the run object, unchanged.</summary>
    public static (string Run, string After) Comparable(string resultsPath)
    {
        var text = File.ReadAllText(resultsPath);
        // The sweep's settings, an object; the run's durations have a "sweep" too, a number.
        var rest = text.IndexOf(",\"sweep\":{", StringComparison.Ordinal);
        var run = JsonNode.Parse(text)!["run"]!.AsObject();
        foreach (var field in Varying) run.Remove(field);
        return (run.ToJsonString(), text[rest..]);
    }
}
