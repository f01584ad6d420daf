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
