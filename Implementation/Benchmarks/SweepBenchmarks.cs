using BenchmarkDotNet.Attributes;
using Verification.Checking;
using Verification.Hypernetwork;
using Verification.Study;
using Verification.Problem;
using Verification.Training;

namespace Verification.Benchmarks;

/// <summary>
/// The stages of one sweep level (825 networks: 25 betas x 33 seeds) with the shipped hypernetwork:
/// generating the networks, and checking them. L1VERIFY_CHECKPOINT overrides the checkpoint.
/// </summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    HypernetworkModel hypernetwork = null!;
    double[] betas = null!;
    long[] seeds = null!;

    [Params(16, 64)]
    public int N;

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable("L1VERIFY_CHECKPOINT") ?? ShippedCheckpoints.Shipped;
        hypernetwork = HypernetworkFile.Load(path);
        var pairs = (from b in Sweep.SweepGrid.LogSpaced(1e-6, 1e-2, 25) from s in Enumerable.Range(0, 33) select (b, s)).ToArray();
        betas = pairs.Select(p => p.b).ToArray();
        seeds = pairs.Select(p => (long)p.s).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 825)]
    public void Generate825()
    {
        using var generated = NetworkGenerator.GenerateBatch(hypernetwork, N, betas, seeds);
    }

    [Benchmark(OperationsPerInvoke = 825)]
    public void GenerateAndCheck825()
    {
        using var generated = NetworkGenerator.GenerateBatch(hypernetwork, N, betas, seeds);
        L1Check.Run(generated.Networks, InputDomain.Normal, 2000, 0.02, 0);
    }

    [GlobalCleanup]
    public void Cleanup() => hypernetwork.Dispose();
}
