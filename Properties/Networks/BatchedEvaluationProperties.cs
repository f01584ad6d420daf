using FsCheck;
using FsCheck.NUnit;
using Verification.Networks;
using Verification.Properties.Support;
using static TorchSharp.torch;

namespace Verification.Properties.Networks;

[Claim("EVAL-1")]
public class BatchedEvaluationProperties
{
    /// <summary>H in 1..100.</summary>
    static int Width(PositiveInt hidden) => (hidden.Get - 1) % 100 + 1;

    /// <summary>The three random networks each property evaluates.</summary>
    static Network[] Networks(int n, int hidden, int seed) =>
        Enumerable.Range(0, 3).Select(i => RandomNetwork.Gaussian(n, hidden, seed + i)).ToArray();

    /// <summary>Evaluates 3 networks on 5 inputs each in one batched call and compares with the scalar loop.</summary>
    static bool BatchedEqualsScalar(int n, int hidden, int seed, Func<NetworkBatch, Tensor, Tensor> forward)
    {
        var networks = Networks(n, hidden, seed);
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

    /// <summary>The L1 check's formula: the bias added first, inside the matmul.</summary>
    static Tensor Check(NetworkBatch batch, Tensor x) => batch.Evaluate(x);

    /// <summary>Training's formula: the bias added after the matmul.</summary>
    static Tensor Training(NetworkBatch batch, Tensor x) => NetworkBatch.Forward(batch.W, batch.B, batch.V, batch.C, x);

    [Property(MaxTest = 1000)]
    public bool The_checks_batched_evaluation_equals_the_scalar_loop(PositiveInt n, PositiveInt hidden, int seed) =>
        BatchedEqualsScalar(Generators.Dimension(n), Width(hidden), seed, Check);

    [Property(MaxTest = 1000)]
    public bool Trainings_batched_forward_equals_the_scalar_loop(PositiveInt n, PositiveInt hidden, int seed) =>
        BatchedEqualsScalar(Generators.Dimension(n), Width(hidden), seed, Training);

    [Test]
    public void A_batched_evaluation_that_drops_the_output_offset_is_caught()
    {
        Assert.That(Generators.FindsCounterexample<PositiveInt, int>(
            (n, seed) => BatchedEqualsScalar(Generators.Dimension(n), 4, seed, (batch, x) => Check(batch, x) - batch.C.unsqueeze(1))), Is.True);
    }

    /// <summary>
    /// The two formulas differ only in where the bias is rounded in, so f differs in its last bits: each rounds
    /// a pre-activation within (n + 1) eps of T_j = |b_j| + sum_i |W_ji x_i|; swish is 1.1-Lipschitz, |swish(z)| &lt;= |z|
    /// and torch rounds it within 4 eps; the sum over H neurons and c rounds within (H + 1) eps of what it adds.
    /// To first order |f_check - f_train| &lt;= (2.2 n + 2 H + 15) eps (S + |c|) with S = sum_j |v_j| T_j; the test allows
    /// (3 (n + H) + 16) eps (S + |c|).
    /// </summary>
    static bool FormulasAgree(int n, int hidden, int seed, Func<NetworkBatch, Tensor, Tensor> check)
    {
        using var scope = NewDisposeScope();
        using var batch = NetworkBatch.From(Networks(n, hidden, seed));
        var x = 3 * randn(new long[] { 3, 5, n }, float64, generator: Torch.Generator(seed));                 // [nets, batch, n]
        var magnitude = (matmul(x.abs(), batch.W.abs().transpose(1, 2)) + batch.B.abs().unsqueeze(1))
            .mul(batch.V.abs().unsqueeze(1)).sum(-1) + batch.C.abs().unsqueeze(1);                            // S + |c| [nets, batch]
        var bound = (3.0 * (n + hidden) + 16) * Math.ScaleB(1, -52) * magnitude;
        return ((check(batch, x) - Training(batch, x)).abs() <= bound).all().item<bool>();
    }

    [Property(MaxTest = 1000)]
    public bool The_checks_evaluation_and_trainings_forward_agree_within_a_few_roundings(PositiveInt n, PositiveInt hidden, int seed) =>
        FormulasAgree(Generators.Dimension(n), Width(hidden), seed, Check);

    [Test]
    public void A_check_evaluated_in_single_precision_is_caught() =>
        Assert.That(Generators.FindsCounterexample<PositiveInt, int>((n, seed) => FormulasAgree(Generators.Dimension(n), 4, seed,
            (batch, x) => NetworkBatch.Evaluate(batch.W.to(float32), batch.B.to(float32), batch.V.to(float32), batch.C.to(float32), x.to(float32)).to(float64))), Is.True);

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
