namespace Verification.Training;

/// <summary>
/// Runs the shards of a training step. Shards are independent (each has its own generator, graph and gradient
/// buffer), so with more than one they run side by side on up to <see cref="Workers"/> threads, the calling
/// thread among them, each on one intra-op thread: what a shard computes is then the same whichever thread runs
/// it and whatever runs beside it. The calling thread keeps that one thread afterwards: an OpenMP team formed for the
/// step's serial part would spin on the core a shard needs next (BENCHMARKS.md). A single shard
/// runs on the calling thread at the suite's intra-op thread count.
/// </summary>
public sealed class StepShards(int shards, int workers)
{
    public int Shards { get; } = shards;
    public int Workers { get; } = Math.Clamp(workers, 1, shards);

    public T[] Run<T>(Func<int, T> shard)
    {
        var results = new T[Shards];
        if (Shards == 1)
        {
            results[0] = shard(0);
            return results;
        }
        try
        {
            Parallel.For(0, Shards, new ParallelOptions { MaxDegreeOfParallelism = Workers }, s =>
            {
                Torch.UseThreads(1);
                results[s] = shard(s);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return results;
    }
}
