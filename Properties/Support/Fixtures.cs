using System.Text.Json.Nodes;

namespace Verification.Properties.Support;

/// <summary>The files of Properties/Networks/Fixtures, copied next to the tests: networks written by PyTorch and the scripts that wrote them.</summary>
public static class Fixtures
{
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "Networks", "Fixtures");

    public static string Named(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>For each readable fixture, the inputs written_fixtures.py drew and PyTorch's outputs on them.</summary>
    public static IReadOnlyDictionary<string, (double[][] Inputs, double[] Outputs)> Expected()
    {
        var root = JsonNode.Parse(File.ReadAllText(Named("expected.json")))!.AsObject();
        return root.ToDictionary(p => p.Key, p => (
            p.Value!["inputs"]!.AsArray().Select(x => x!.AsArray().Select(v => v!.GetValue<double>()).ToArray()).ToArray(),
            p.Value!["outputs"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray()));
    }
}
