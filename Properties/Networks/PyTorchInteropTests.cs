using System.Text.Json;
using System.Text.Json.Nodes;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Networks;

/// <summary>
/// Round trips with PyTorch itself (Debian's python3-torch, through Fixtures/torch_roundtrip.py): PyTorch writes
/// state_dicts the suite reads, and the suite's commands write files PyTorch loads into
/// nn.Sequential(Linear(n, H), SiLU(), Linear(H, 1)) with load_state_dict(strict=True). Both sides evaluate in
/// float64 and must agree within 1e-12. Skipped, saying how to install it, where PyTorch is missing.
/// </summary>
[Category("PyTorch"), Claim("FMT-5")]
public class PyTorchInteropTests
{
    string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        TorchPython.Require();
        folder = Directory.CreateTempSubdirectory("l1verify-pytorch-").FullName;
    }

    [TearDown]
    public void RemoveFolder()
    {
        if (folder.Length > 0) Directory.Delete(folder, recursive: true);
    }

    static void AssertClose(double actual, double expected, string what) =>
        Assert.That(actual, Is.EqualTo(expected).Within(1e-12 * (1 + Math.Abs(expected))), what);

    [Test]
    public void What_pytorch_writes_the_suite_reads_and_checks()
    {
        TorchPython.RoundTrip("write", folder, "11", "12");
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")))!.AsObject();
        Assert.That(expected, Has.Count.EqualTo(24));
        foreach (var (name, entry) in expected)
        {
            var path = Path.Combine(folder, name);
            var network = NetworkFile.Read(path);
            var inputs = entry!["inputs"]!.Deserialize<double[][]>()!;
            var outputs = entry["outputs"]!.Deserialize<double[]>()!;
            for (var k = 0; k < inputs.Length; k++) AssertClose(network.Evaluate(inputs[k]), outputs[k], $"{name}, input {k}");
            var check = CliRunner.Run("check", path, "--samples", "200", "--json");
            Assert.That(check.ExitCode, Is.Zero, $"{name}: {check.Error}");
        }
    }

    [Test]
    public void What_the_suite_writes_pytorch_loads_and_computes_the_same()
    {
        string[][] commands =
        [
            ["encode", "--algorithm", "double-sided", "--n", "3", "--out", "encoded.pt"],
            ["encode", "--algorithm", "convexity", "--n", "4", "--out", "encoded.safetensors"],
            ["generate", "--n", "4", "--beta", "1e-4", "--out", "generated.pth"],
            ["generate", "--n", "5", "--beta", "1e-2", "--seed", "3", "--out", "generated.safetensors"],
            ["baseline", "--n", "2", "--steps", "20", "--out", "baseline.pt"],
            ["baseline", "--n", "3", "--steps", "20", "--out", "baseline.safetensors"],
        ];
        var inputs = new JsonObject();
        var networks = new Dictionary<string, Network>();
        foreach (var command in commands)
        {
            var name = command[^1];
            var path = Path.Combine(folder, name);
            var outcome = CliRunner.Run([.. command[..^1], path]);
            Assert.That(outcome.ExitCode, Is.Zero, $"{string.Join(' ', command)}: {outcome.Error}");
            networks[name] = NetworkFile.Read(path);
            var random = new Random(name.Length);
            inputs[name] = JsonSerializer.SerializeToNode(Enumerable.Range(0, 6)
                .Select(_ => Enumerable.Range(0, networks[name].Inputs).Select(_ => 4 * random.NextDouble() - 2).ToArray()).ToArray());
        }
        File.WriteAllText(Path.Combine(folder, "inputs.json"), inputs.ToJsonString());
        var computed = JsonNode.Parse(TorchPython.RoundTrip("load", folder))!.AsObject();
        Assert.That(computed.Select(p => p.Key), Is.EquivalentTo(networks.Keys));
        foreach (var (name, network) in networks)
        {
            var x = inputs[name]!.Deserialize<double[][]>()!;
            var y = computed[name]!.Deserialize<double[]>()!;
            for (var k = 0; k < x.Length; k++) AssertClose(y[k], network.Evaluate(x[k]), $"{name}, input {k}");
        }
    }
}
