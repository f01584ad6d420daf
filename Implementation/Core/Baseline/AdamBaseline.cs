using Verification.Networks;
using static TorchSharp.torch;

namespace Verification.Baseline;

/// <summary>
/// The conventional baseline: the same n -> 3n -> 1 swish MLP trained directly with Adam on MSE against
/// ||x||_1, x ~ N(0, I_n), with no complexity control. The paper's point of comparison: accurate weights
/// without interpretable structure.
/// </summary>
public static class AdamBaseline
{
    public sealed record Options(int N = 16, int Steps = 20000, int Batch = 256, double LearningRate = 1e-2, long Seed = 0);

    /// <summary>One baseline, trained from options.Seed.</summary>
    public static Network Train(Options options) => Train(options, [options.Seed])[0];

    /// <summary>
    /// One baseline per seed, trained side by side as one batch of networks: a step costs about what one
    /// network's step costs, because a step at this size is mostly fixed overhead. They stay
    /// independent: each seed draws its start and its inputs from its own generator, the loss is a sum of
    /// per-network means, and Adam is elementwise, so network k follows the steps it would take alone.
    /// </summary>
    public static Network[] Train(Options options, IReadOnlyList<long> seeds)
    {
        Torch.Initialise();
        using var scope = NewDisposeScope();
        var generators = seeds.Select(Torch.Generator).ToArray();
        try
        {
            var (n, h) = (options.N, 3 * options.N);
            // PyTorch's default Linear initialisation: U(-1/sqrt(fan_in), 1/sqrt(fan_in)), each network from its own generator.
            TorchSharp.Modules.Parameter Uniform(long[] shape, int fanIn) =>
                new(cat(generators.Select(g => (rand(shape, dtype: float32, generator: g) * 2 - 1) / Math.Sqrt(fanIn)).ToArray()));
            var w = Uniform([1, h, n], n);
            var b = Uniform([1, h], n);
            var v = Uniform([1, h], h);
            var c = Uniform([1], h);
            var optimizer = optim.Adam([w, b, v, c], options.LearningRate);
            // Cosine decay: the last steps refine instead of bouncing at the initial rate.
            var schedule = optim.lr_scheduler.CosineAnnealingLR(optimizer, options.Steps);
            using var flush = DenormalFlush.Scope();
            for (var step = 0; step < options.Steps; step++)
            {
                using var stepScope = NewDisposeScope();
                var x = cat(generators.Select(g => randn([1, options.Batch, n], dtype: float32, generator: g)).ToArray());   // [networks, batch, n]
                var loss = (NetworkBatch.Forward(w, b, v, c, x) - Problem.L1Norm.Of(x)).square().mean([1]).sum();
                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                schedule.step();
            }
            using var batch = new NetworkBatch(w.detach().to(float64), b.detach().to(float64), v.detach().to(float64), c.detach().to(float64));
            return batch.ToNetworks();
        }
        finally
        {
            foreach (var generator in generators) generator.Dispose();
        }
    }
}
