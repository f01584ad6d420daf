using TorchSharp;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Networks;

/// <summary>
/// Bad PyTorch and safetensors files get one line naming the file and the problem, exit 2, and nothing
/// executed: the files PyTorch wrote (Fixtures/write_fixtures.py) and files built here to lie in one way each.
/// </summary>
[Claim("FMT-4")]
public class TensorFileErrorTests
{
    static string folder = "";

    [OneTimeSetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("l1verify-bad-tensors-").FullName;

    [OneTimeTearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    static readonly string PickleRan = "/tmp/l1verify-pickle-ran";

    static void AssertRefused(string path, string expected, params string[] options)
    {
        File.Delete(PickleRan);
        foreach (var command in new[] { "classify", "check" })
        {
            var outcome = CliRunner.Run([command, path, .. options]);
            var lines = outcome.Error.TrimEnd('\n').Split('\n');
            Assert.That(outcome.ExitCode, Is.EqualTo(2), $"{command}: {outcome.Error}");
            Assert.That(lines, Has.Length.EqualTo(1), outcome.Error);
            Assert.That(lines[0], Does.StartWith($"error: {path}"));
            Assert.That(lines[0], Does.Contain(expected));
            Assert.That(outcome.Error, Does.Not.Contain("Exception").And.Not.Contain("   at "));
            Assert.That(outcome.Out, Is.Empty, "nothing is computed for a refused file");
        }
        Assert.That(File.Exists(PickleRan), Is.False, "nothing in the file ran");
    }

    static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [TestCase("two-hidden-layers.pt", "tensors 4.bias, 4.weight beyond W, b, v and c")]
    [TestCase("named-layers-n2.pt", "beyond W, b, v and c")]
    [TestCase("whole-module.pt", "contains the entire model and not just the state_dict")]
    [TestCase("calls-os-system.pt", "(for posix.system)")]
    [TestCase("constructs-object.pt", "state_dict entry 0.weight is a ClassDict, not a tensor")]
    [TestCase("legacy-format.pt", "legacy format")]
    [TestCase("not-finite.pt", "tensor 0.weight (W) has a NaN or infinite value")]
    [TestCase("integer-weights.pt", "is Int64; networks are read in float32 or float64")]
    public void A_bad_file_pytorch_wrote_is_refused_by_name(string fixture, string expected) =>
        AssertRefused(Fixtures.Named(fixture), expected);

    static Dictionary<string, torch.Tensor> Sequential(int n, int hidden) => new()
    {
        ["0.weight"] = torch.randn(hidden, n, torch.float64), ["0.bias"] = torch.randn(hidden, torch.float64),
        ["2.weight"] = torch.randn(1, hidden, torch.float64), ["2.bias"] = torch.randn(1, torch.float64),
    };

    [TestCase("missing", "tensor 2.bias (c) is missing")]
    [TestCase("extra", "tensor 1.weight beyond W, b, v and c")]
    [TestCase("b of H + 1", "tensor 0.bias has shape [4]; expected [H] = [3]")]
    [TestCase("v flat", "tensor 2.weight has shape [3]; expected [1, H] = [1, 3]")]
    [TestCase("W flat", "W (0.weight) has shape [6]; expected [H, n]")]
    public void A_state_dict_of_another_architecture_is_refused_by_name(string change, string expected)
    {
        using var scope = torch.NewDisposeScope();
        var tensors = Sequential(2, 3);
        switch (change)
        {
            case "missing": tensors.Remove("2.bias"); break;
            case "extra": tensors["1.weight"] = torch.ones(1, torch.float64); break;
            case "b of H + 1": tensors["0.bias"] = torch.ones(4, torch.float64); break;
            case "v flat": tensors["2.weight"] = torch.ones(3, torch.float64); break;
            default: tensors["0.weight"] = torch.ones(6, torch.float64); break;
        }
        AssertRefused(Write($"{change}.pt", TensorFiles.Pt(tensors)), expected);
        AssertRefused(Write($"{change}.safetensors", TensorFiles.Safetensors(tensors)), expected);
    }

    [Test]
    public void The_mapping_option_names_the_tensors_of_another_layout()
    {
        var outcome = CliRunner.Run("classify", Fixtures.Named("named-layers-n2.pt"), "--tensors", "W=hidden.weight,b=hidden.bias,v=readout.weight,c=readout.bias");
        Assert.That(outcome.ExitCode, Is.Zero, outcome.Error);
        Assert.That(outcome.Out, Does.Contain("inputs               2"));
    }

    [TestCase("W=a,b=b,v=c", "c not named")]
    [TestCase("W=a,b=b,v=c,c=d,x=e", "\"x=e\" does not name W, b, v or c")]
    [TestCase("W=a,b=b,v=c,c=", "c has no tensor name")]
    [TestCase("W=a,b=b,v=c,c=d,W=e", "W is named twice")]
    [TestCase("W=a,b=a,v=c,c=d", "two roles name the same tensor")]
    public void A_bad_mapping_option_is_refused_by_name(string tensors, string expected)
    {
        var outcome = CliRunner.Run("classify", Fixtures.Named("sequential-n3-float64.pt"), "--tensors", tensors);
        Assert.That(outcome.ExitCode, Is.EqualTo(2));
        Assert.That(outcome.Error, Does.StartWith($"error: --tensors: {expected}"));
        Assert.That(outcome.Error.TrimEnd('\n'), Does.Not.Contain("\n"));
    }

    static byte[] Safetensors() => File.ReadAllBytes(Fixtures.Named("sequential-n3-float64.safetensors"));

    [Test]
    public void A_truncated_safetensors_file_is_refused()
    {
        var bytes = Safetensors();
        AssertRefused(Write("cut-header.safetensors", bytes[..20]), "truncated or not safetensors");
        AssertRefused(Write("cut.safetensors", bytes[..(bytes.Length / 2)]), "run past the end of the data");
        AssertRefused(Write("cut-data.safetensors", bytes[..^8]), "run past the end of the data");
        AssertRefused(Write("tiny.safetensors", bytes[..5]), "truncated: 5 bytes");
    }

    /// <summary>The fixture's header with one tensor's entry rewritten: its offsets and dtype as given.</summary>
    static string Lying(string name, Func<System.Text.Json.Nodes.JsonObject, System.Text.Json.Nodes.JsonObject> change)
    {
        var (header, data) = TensorFiles.Split(Safetensors());
        var root = System.Text.Json.Nodes.JsonNode.Parse(header)!.AsObject();
        root["0.bias"] = change(root["0.bias"]!.AsObject().DeepClone().AsObject());
        return Write(name, TensorFiles.Safetensors(root.ToJsonString(), data));
    }

    [Test]
    public void A_safetensors_header_that_lies_is_refused()
    {
        AssertRefused(Lying("past.safetensors", e => { e["data_offsets"] = new System.Text.Json.Nodes.JsonArray(10_000, 10_072); return e; }), "run past the end of the data");
        AssertRefused(Lying("overlap.safetensors", e => { e["data_offsets"] = new System.Text.Json.Nodes.JsonArray(8, 80); return e; }), "overlap another tensor's");
        AssertRefused(Lying("dtype.safetensors", e => { e["dtype"] = "F32"; return e; }), "span 72 bytes, but dtype F32 and shape [9] need 36");
        AssertRefused(Lying("integer.safetensors", e => { e["dtype"] = "I64"; return e; }), "tensor 0.bias is Int64");
        AssertRefused(Lying("unknown.safetensors", e => { e["dtype"] = "F128"; return e; }), "dtype \"F128\", which safetensors does not define");
    }

    [Test]
    public void A_zip_bomb_is_refused_from_its_central_directory()
    {
        var bomb = TensorFiles.Bomb("archive/data.pkl", ArchiveBudget.MaxUnpackedBytes + (1 << 20));
        Assert.That(bomb.Length, Is.LessThan(1 << 20), "a bomb: small on disk");
        AssertRefused(Write("bomb.pt", bomb), "declares");
    }

    [Test]
    public void An_entry_that_unpacks_to_more_than_it_declares_is_refused()
    {
        var file = File.ReadAllBytes(Fixtures.Named("sequential-n3-float64.pt"));
        AssertRefused(Write("understated.pt", TensorFiles.WithDeclaredSize(file, 1, 3)), "unpacks to more than 3 bytes");
    }
}
