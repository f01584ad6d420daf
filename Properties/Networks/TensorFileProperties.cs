using FsCheck;
using FsCheck.NUnit;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Networks;

/// <summary>
/// PyTorch and safetensors files: what the suite writes reads back bit for bit, is the state_dict of
/// nn.Sequential(Linear(n, H), SiLU(), Linear(H, 1)) in float64, and what PyTorch wrote reads as the network
/// PyTorch evaluated.
/// </summary>
[Claim("FMT-3")]
public class TensorFileProperties
{
    static string folder = "";

    [OneTimeSetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("l1verify-tensors-").FullName;

    [OneTimeTearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    static Network RoundTrip(Network network, string extension)
    {
        var path = Path.Combine(folder, $"net-{Guid.NewGuid():N}{extension}");
        NetworkFile.Write(network, path);
        var read = NetworkFile.Read(path);
        File.Delete(path);
        return read;
    }

    [Property(MaxTest = 1000)]
    public bool A_pytorch_file_gives_back_every_bit(PositiveInt n, PositiveInt hidden, int seed)
    {
        var network = RandomNetwork.AnyBits(Generators.Dimension(n), (hidden.Get - 1) % 50 + 1, seed);
        return Bits.Same(network, RoundTrip(network, ".pt"));
    }

    [Property(MaxTest = 1000)]
    public bool A_safetensors_file_gives_back_every_bit(PositiveInt n, PositiveInt hidden, int seed)
    {
        var network = RandomNetwork.AnyBits(Generators.Dimension(n), (hidden.Get - 1) % 50 + 1, seed);
        return Bits.Same(network, RoundTrip(network, ".safetensors"));
    }

    [TestCase("sequential-n3-float64.pt", null)]
    [TestCase("sequential-n4-float32.pth", null)]
    [TestCase("sequential-n3-float64.safetensors", null)]
    [TestCase("sequential-n4-float32.safetensors", null)]
    [TestCase("named-layers-n2.pt", "W=hidden.weight,b=hidden.bias,v=readout.weight,c=readout.bias")]
    public void A_file_pytorch_wrote_computes_what_pytorch_computed(string fixture, string? tensors)
    {
        var network = NetworkFile.Read(Fixtures.Named(fixture), tensors is null ? null : TensorNames.Parse(tensors));
        var (inputs, outputs) = Fixtures.Expected()[fixture];
        Assert.That(inputs, Has.Length.GreaterThan(0));
        for (var k = 0; k < inputs.Length; k++)
            Assert.That(network.Evaluate(inputs[k]), Is.EqualTo(outputs[k]).Within(1e-12 * (1 + Math.Abs(outputs[k]))), $"{fixture}, input {k}");
    }

    [TestCase(".pt", "PK")]
    [TestCase(".pth", "PK")]
    [TestCase(".safetensors", "")]
    public void A_written_file_is_the_state_dict_of_the_sequential_in_float64(string extension, string start)
    {
        var network = RandomNetwork.Gaussian(3, 5, 1);
        var path = Path.Combine(folder, $"layout{extension}");
        NetworkFile.Write(network, path);
        var bytes = File.ReadAllBytes(path);
        Assert.That(System.Text.Encoding.ASCII.GetString(bytes, 0, start.Length), Is.EqualTo(start));
        var headers = extension == ".safetensors"
            ? SafetensorsHeader.Read(bytes, path)
            : ReadPickledHeaders(bytes, path);
        Assert.That(headers.Select(h => (h.Name, h.Type, string.Join("x", h.Shape))), Is.EquivalentTo(new[]
        {
            ("0.weight", TorchSharp.torch.ScalarType.Float64, "5x3"), ("0.bias", TorchSharp.torch.ScalarType.Float64, "5"),
            ("2.weight", TorchSharp.torch.ScalarType.Float64, "1x5"), ("2.bias", TorchSharp.torch.ScalarType.Float64, "1"),
        }));
    }

    static IReadOnlyList<TensorHeader> ReadPickledHeaders(byte[] bytes, string path)
    {
        using var stream = new MemoryStream(bytes);
        return PickledTensor.All(TorchSharp.PyBridge.PyTorchUnpickler.UnpickleStateDict(stream, leaveOpen: true, skipTensorRead: true), path).Select(t => t.Header).ToArray();
    }

    [TestCase("sequential-n3-float64.pt", "net.json")]
    [TestCase("sequential-n3-float64.safetensors", "net.bin")]
    public void The_kind_is_recognised_by_content_whatever_the_extension(string fixture, string name)
    {
        var path = Path.Combine(folder, name);
        File.Copy(Fixtures.Named(fixture), path, overwrite: true);
        Assert.That(Bits.Same(NetworkFile.Read(path), NetworkFile.Read(Fixtures.Named(fixture))), Is.True);
    }

    [Test]
    public void Json_stays_the_kind_for_any_other_extension()
    {
        var network = RandomNetwork.Gaussian(2, 3, 4);
        var path = Path.Combine(folder, "net.out");
        NetworkFile.Write(network, path);
        Assert.That(File.ReadAllText(path), Does.StartWith("{\"format\":\"l1-mlp/1\""));
        Assert.That(Bits.Same(network, NetworkFile.Read(path)), Is.True);
    }
}
