using static TorchSharp.torch;

namespace Verification.Properties.Environment;

/// <summary>TorchSharp's native library loads here (on Debian 12 only thanks to the build's native fix) and computes.</summary>
[Claim("ENV-1")]
public class TorchSharpTests
{
    [Test]
    public void TorchSharp_loads_and_multiplies_matrices()
    {
        Torch.Initialise();
        using var a = tensor(new double[] { 1, 2, 3, 4 }).reshape(2, 2);
        using var product = matmul(a, a);
        Assert.That(product.data<double>().ToArray(), Is.EqualTo(new double[] { 7, 10, 15, 22 }));
    }

    [Test]
    public void TorchSharp_computes_gradients()
    {
        Torch.Initialise();
        using var x = tensor(new double[] { 3 }, requires_grad: true);
        using var y = (x * x).sum();
        y.backward();
        Assert.That(x.grad!.item<double>(), Is.EqualTo(6));
    }
}
