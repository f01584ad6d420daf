using FsCheck;
using FsCheck.NUnit;
using Verification.Networks;
using Verification.Properties.Support;
using static TorchSharp.torch;

namespace Verification.Properties.Networks;

[Claim("EVAL-1")]
public class BatchedEvaluationProperties
{
    /// <summary>Evaluates 3 networks on 5 inputs each in one batched call and compares with the scalar loop.</summary>
    static bool BatchedEqualsScalar(int n, int hidden, int seed, Func<NetworkBatch, Tensor, Tensor> forward)
    {
        var networks = Enumerable.Range(0, 3).Select(i => RandomNetwork.Gaussian(n, hidden, seed + i)).ToArray();
        var random = new Random(seed);
        var inputs = Enumerable.Range(0, 3 * 5).Select(_ => Enumerable.Range(0, n).Select(_ => 3 * Transform.Gaussian(random)).ToArray()).ToArray();
        using var batch = NetworkBatch.From(networks);
        using var x = tensor(inputs.SelectMany(row => row).ToArray(), float64).reshape(3, 5, n);   // [nets, batch, n]
        using var f = forward(batch, x);                                                               // [nets, batch]
        var batched = f.data<double>().ToArray();
        for (var net = 0; net < 3; net++)
            for (var s = 0; s < 5; s++)
            {
                var scalar = networks[net].Evaluate(inputs[net * 5 + s]);
                if (Math.Abs(batched[net * 5 + s] - scalar) > 1e-9 * (1 + Math.Abs(scalar))) return false;
            }
        return true;
    }

    [Property(MaxTest = 1000)]
    public bool Batched_evaluation_equals_the_scalar_loop(PositiveInt n, PositiveInt hidden, int seed) =>
        BatchedEqualsScalar(Generators.Dimension(n), (hidden.Get - 1) % 100 + 1, seed, (batch, x) => batch.Forward(x));

    [Test]
    public void A_batched_evaluation_that_drops_the_output_offset_is_caught()
    {
        Assert.That(Generators.FindsCounterexample<PositiveInt, int>(
            (n, seed) => BatchedEqualsScalar(Generators.Dimension(n), 4, seed, (batch, x) => batch.Forward(x) - batch.C.unsqueeze(1))), Is.True);
    }

    /// <summary>
    /// The forward overwrites its activations in place, which autograd must see through whichever weights are
    /// tracked: each tracked subset of W, b and v gets the gradient it gets when all three are tracked.
    /// </summary>
    [TestCase(true, false, false)]
    [TestCase(false, true, false)]
    [TestCase(false, false, true)]
    [TestCase(false, true, true)]
    public void Each_tracked_weight_gets_its_gradient_whichever_others_are_tracked(bool trackW, bool trackB, bool trackV)
    {
        using var batch = NetworkBatch.From([RandomNetwork.Gaussian(3, 4, 1), RandomNetwork.Gaussian(3, 4, 2)]);
        using var x = randn(new long[] { 2, 5, 3 }, float64, generator: Torch.Generator(7));
        Tensor[] Gradients(bool w, bool b, bool v)
        {
            var weights = new[] { (batch.W, w), (batch.B, b), (batch.V, v) }.Select(p => p.Item1.detach().clone().requires_grad_(p.Item2)).ToArray();
            NetworkBatch.Forward(weights[0], weights[1], weights[2], batch.C, x).sum().backward();
            return weights.Select(t => t.grad ?? zeros(0)).ToArray();
        }
        var all = Gradients(true, true, true);
        var some = Gradients(trackW, trackB, trackV);
        var tracked = new[] { trackW, trackB, trackV };
        Assert.Multiple(() =>
        {
            for (var i = 0; i < 3; i++)
                if (tracked[i]) Assert.That(some[i].data<double>().ToArray(), Is.EqualTo(all[i].data<double>().ToArray()), $"weight {i}");
        });
    }

    [Test]
    public void Networks_come_back_out_of_a_batch_unchanged()
    {
        var network = RandomNetwork.Gaussian(4, 6, 1);
        using var batch = NetworkBatch.From([network, network]);
        Assert.That(batch[1].W, Is.EqualTo(network.W));
        Assert.That(batch[1].V, Is.EqualTo(network.V));
        Assert.That(batch[1].C, Is.EqualTo(network.C));
    }
}
