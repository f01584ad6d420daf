using Verification.Errors;
using Verification.Networks;
using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>
/// Asks a trained hypernetwork for networks. A generated network is a SAMPLE w = mu + sigma * eps of the
/// weight distribution, not its mean: in the convexity phase the information is in the random-like
/// projections that the noise draws (the mean of those weights is about 0, a constant function), so only
/// a sample is the network the hypernetwork really generates. The seed alone fixes the noise tokens and
/// eps, so a network does not depend on what else is generated with it.
/// </summary>
public static class NetworkGenerator
{
    /// <summary>Networks per hypernetwork call: bounds memory at n = 64 without changing any result.</summary>
    const int Chunk = 128;

    public static Network Generate(HypernetworkModel hypernetwork, int n, double beta, long seed)
    {
        using var batch = GenerateBatch(hypernetwork, n, [beta], [seed]);
        return batch.Networks[0];
    }

    /// <summary>One network per (betas[k], seeds[k]); W etc. as float64 tensors, plus KL bits per network.</summary>
    public static GeneratedBatch GenerateBatch(HypernetworkModel hypernetwork, int n, IReadOnlyList<double> betas, IReadOnlyList<long> seeds)
    {
        if (n < 1) throw new BadInputException($"n must be at least 1, got {n}");
        if (betas.Count != seeds.Count) throw new ArgumentException("one beta per seed");
        if (betas.Count == 0) throw new ArgumentException("no networks requested");
        if (betas.Any(b => !double.IsFinite(b) || b <= 0)) throw new BadInputException("beta must be a positive number");
        Torch.Initialise();
        var (nets, h) = (betas.Count, HypernetworkShape.HiddenFor(n));
        // Each chunk writes into the float64 results and frees what it made: the chunks' float32 weights, posteriors
        // and noise are not all held until the end (at n = 128 about 1.5 GB), and no concatenation copies them again.
        var networks = new NetworkBatch(empty(nets, h, n, float64), empty(nets, h, float64), empty(nets, h, float64), empty(nets, float64));
        using var kl = empty(nets, float64);
        using var noGrad = no_grad();
        for (var start = 0; start < nets; start += Chunk)
        {
            using var scope = NewDisposeScope();
            var count = Math.Min(Chunk, nets - start);
            var noise = WeightNoise.Concatenate(Enumerable.Range(start, count)
                .Select(k => WeightNoise.Draw(1, n, hypernetwork.Shape.TokenSize, Torch.Generator(seeds[k]))).ToArray());
            var beta = tensor(betas.Skip(start).Take(count).Select(b => (float)b).ToArray());
            var posterior = hypernetwork.Posterior(noise, beta);
            var (w, b, v, c) = posterior.Sample(noise);
            var objective = hypernetwork.Objective;
            networks.W.narrow(0, start, count).copy_(w);
            networks.B.narrow(0, start, count).copy_(b);
            networks.V.narrow(0, start, count).copy_(v);
            networks.C.narrow(0, start, count).copy_(objective.Bias(c));
            kl.narrow(0, start, count).copy_(objective.KlNats(posterior));
        }
        var bits = kl.data<double>().Select(nats => nats * GaussianKl.BitsPerNat).ToArray();
        return new GeneratedBatch(networks, bits, betas.ToArray(), seeds.ToArray());
    }
}
