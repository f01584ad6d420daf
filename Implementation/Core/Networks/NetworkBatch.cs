using TorchSharp;
using static TorchSharp.torch;

namespace Verification.Networks;

/// <summary>
/// Many networks of the same shape as float64 tensors: W [nets, H, n], b [nets, H], v [nets, H], c [nets].
/// Evaluation is one batched matmul, so checking a thousand networks costs one kernel call, not a loop.
/// </summary>
public sealed class NetworkBatch : IDisposable
{
    public Tensor W { get; }
    public Tensor B { get; }
    public Tensor V { get; }
    public Tensor C { get; }
    public int Count => (int)W.shape[0];
    public int Hidden => (int)W.shape[1];
    public int Inputs => (int)W.shape[2];

    public NetworkBatch(Tensor w, Tensor b, Tensor v, Tensor c)
    {
        W = w; B = b; V = v; C = c;
    }

    public static NetworkBatch From(IReadOnlyList<Network> networks)
    {
        Torch.Initialise();
        if (networks.Count == 0) throw new ArgumentException("no networks");
        var (n, h) = (networks[0].Inputs, networks[0].Hidden);
        if (networks.Any(net => net.Inputs != n || net.Hidden != h))
            throw new ArgumentException("a batch holds networks of one shape only");
        var (w, b, v) = (new double[networks.Count * h * n], new double[networks.Count * h], new double[networks.Count * h]);
        for (var k = 0; k < networks.Count; k++)
            for (var j = 0; j < h; j++)
            {
                networks[k].W[j].CopyTo(w, (k * h + j) * n);
                (b[k * h + j], v[k * h + j]) = (networks[k].B[j], networks[k].V[j]);
            }
        return new NetworkBatch(
            tensor(w, float64).reshape(networks.Count, h, n),
            tensor(b, float64).reshape(networks.Count, h),
            tensor(v, float64).reshape(networks.Count, h),
            tensor(networks.Select(net => net.C).ToArray(), float64));
    }

    /// <summary>f for every network on its own inputs: x [nets, batch, n] (or [batch, n], shared) -> [nets, batch].</summary>
    public Tensor Evaluate(Tensor x) => Evaluate(W, B, V, C, x);

    /// <summary>
    /// f(x) = sum_j v_j swish(b_j + W_j . x) + c without gradients, as the L1 check evaluates it: the bias is the
    /// addend of one baddbmm, not a pass of its own, which makes the check about 15% faster at n = 16 (BENCHMARKS.md).
    /// The bias is added first instead of last, so f differs from <see cref="Forward(Tensor, Tensor, Tensor, Tensor, Tensor)"/>'s
    /// in its last bits (EVAL-1 bounds it); training keeps that formula, whose bits the shipped checkpoint was trained with.
    /// </summary>
    public static Tensor Evaluate(Tensor w, Tensor b, Tensor v, Tensor c, Tensor x)
    {
        using var scope = NewDisposeScope();
        // TorchSharp 0.107 binds a.baddbmm(m, input) as input + a @ m, not as torch's input + m1 @ m2 (measured on
        // 1 x 1 x 1 tensors: 2.baddbmm(3, 5) gives 5 + 2 x 3 = 11); EVAL-1 fails if a release restores torch's order.
        var pre = x.expand(w.shape[0], -1, -1).baddbmm(w.transpose(1, 2), b.unsqueeze(1));   // b + x W^T [nets, batch, H]
        return Readout(pre, v, c).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// f(x) = sum_j v_j swish(W_j . x + b_j) + c, batched and differentiable: the formula of training (float32) and of
    /// the baselines. The activations are overwritten in place, one [nets, batch, H] buffer instead of four, with the
    /// same arithmetic and bits. Under autograd the buffer is not a leaf, and torch keeps what backward needs, so
    /// gradients are unchanged too (EVAL-1, and training's checkpoints bit for bit).
    /// </summary>
    public static Tensor Forward(Tensor w, Tensor b, Tensor v, Tensor c, Tensor x)
    {
        using var scope = NewDisposeScope();
        var pre = matmul(x, w.transpose(1, 2)).add_(b.unsqueeze(1));   // [nets, batch, H]
        return Readout(pre, v, c).MoveToOuterDisposeScope();
    }

    /// <summary>sum_j v_j swish(pre_j) + c, overwriting the pre-activations [nets, batch, H] -> [nets, batch].</summary>
    static Tensor Readout(Tensor pre, Tensor v, Tensor c) =>
        nn.functional.silu(pre, inplace: true).mul_(v.unsqueeze(1)).sum(-1) + c.unsqueeze(1);

    public Network this[int index] => Slice(index, 1)[0];

    /// <summary>Every network as a plain <see cref="Network"/>, with one copy out of each tensor.</summary>
    public Network[] ToNetworks() => Slice(0, Count);

    Network[] Slice(int start, int count)
    {
        using var scope = NewDisposeScope();
        var (h, n) = (Hidden, Inputs);
        var w = W.narrow(0, start, count).contiguous().data<double>().ToArray();
        var b = B.narrow(0, start, count).contiguous().data<double>().ToArray();
        var v = V.narrow(0, start, count).contiguous().data<double>().ToArray();
        var c = C.narrow(0, start, count).contiguous().data<double>().ToArray();
        return Enumerable.Range(0, count).Select(k => new Network(
            Enumerable.Range(0, h).Select(j => w.AsSpan((k * h + j) * n, n).ToArray()).ToArray(),
            b.AsSpan(k * h, h).ToArray(), v.AsSpan(k * h, h).ToArray(), c[k])).ToArray();
    }

    public void Dispose()
    {
        W.Dispose(); B.Dispose(); V.Dispose(); C.Dispose();
    }
}
