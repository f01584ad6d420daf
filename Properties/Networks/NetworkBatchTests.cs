using Verification.Algorithms;
using Verification.Networks;

namespace Verification.Properties.Networks;

/// <summary>
/// A batch holds networks of one shape, refuses none or mixed shapes, gives each network back by index, and
/// frees its four tensors when disposed (a sweep makes thousands of batches; their native memory must not pile up).
/// </summary>
public class NetworkBatchTests
{
    [Test]
    public void No_networks_or_networks_of_two_shapes_are_refused() =>
        Assert.Multiple(() =>
        {
            Assert.That(() => NetworkBatch.From([]), Throws.ArgumentException);
            Assert.That(() => NetworkBatch.From([DoubleSided.Encode(2, 5), DoubleSided.Encode(3, 5)]), Throws.ArgumentException, "other n and H");
            Assert.That(() => NetworkBatch.From([DoubleSided.Encode(2, 5), DoubleSided.Encode(2, 5, hidden: 5)]), Throws.ArgumentException, "same n, other H");
        });

    [Test]
    public void Each_network_comes_back_by_its_index()
    {
        var second = Pudding.Encode(PuddingVariant.Negative, 3);
        using var batch = NetworkBatch.From([DoubleSided.Encode(3, 5), second]);
        var back = batch[1];
        Assert.That((back.W, back.B, back.V, back.C), Is.EqualTo((second.W, second.B, second.V, second.C)));
    }

    [Test]
    public void Disposing_frees_every_tensor()
    {
        var batch = NetworkBatch.From([DoubleSided.Encode(2, 5)]);
        batch.Dispose();
        Assert.That(new[] { batch.W, batch.B, batch.V, batch.C }.Select(t => t.IsInvalid), Is.All.True);
    }
}
