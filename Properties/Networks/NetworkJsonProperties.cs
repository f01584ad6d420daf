using FsCheck;
using FsCheck.NUnit;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Networks;

[Claim("FMT-1")]
public class NetworkJsonProperties
{
    [Property(MaxTest = 1000)]
    public bool Writing_and_reading_gives_back_every_bit(PositiveInt n, PositiveInt hidden, int seed)
    {
        var network = RandomNetwork.AnyBits(Generators.Dimension(n), (hidden.Get - 1) % 200 + 1, seed);
        return Bits.Same(network, NetworkJson.Parse(NetworkJson.Serialize(network)));
    }

    [Test]
    public void The_comparison_sees_a_one_bit_change()
    {
        var network = RandomNetwork.AnyBits(3, 4, 7);
        var bits = BitConverter.DoubleToInt64Bits(network.C) ^ 1;
        Assert.That(Bits.Same(network, network.With(c: BitConverter.Int64BitsToDouble(bits))), Is.False);
    }

    [Test]
    public void A_written_file_has_exactly_the_documented_fields()
    {
        var text = NetworkJson.Serialize(Verification.Algorithms.DoubleSided.Encode(2, 10));
        using var document = System.Text.Json.JsonDocument.Parse(text);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.That(names, Is.EqualTo(new[] { "format", "inputs", "hidden", "activation", "W", "b", "v", "c" }));
        Assert.That(document.RootElement.GetProperty("format").GetString(), Is.EqualTo("l1-mlp/1"));
    }
}
