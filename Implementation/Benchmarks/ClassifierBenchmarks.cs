using BenchmarkDotNet.Attributes;
using Verification.Algorithms;
using Verification.Checking;
using Verification.Classifier;
using Verification.Networks;
using Verification.Problem;
using Verification.Vocabulary;

namespace Verification.Benchmarks;

/// <summary>The per-network costs of a sweep: classifying one network, and checking 825 (25 betas x 33 seeds) at once.</summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    Network doubleSided = null!;
    Network[] sweepLevel = null!;
    NetworkBatch sweepBatch = null!;

    [Params(16, 64)]
    public int N;

    [GlobalSetup]
    public void Setup()
    {
        Torch.Initialise();
        doubleSided = DoubleSided.Encode(N, 20);
        sweepLevel = Enumerable.Range(0, 825).Select(i => Convexity.Encode(N, i % 5)).ToArray();
        sweepBatch = NetworkBatch.From(sweepLevel);
    }

    [Benchmark]
    public AlgorithmLabel ClassifyOne() => AlgorithmClassifier.Classify(doubleSided).Algorithm;

    [Benchmark]
    public int Check825Networks2000Samples()
    {
        using var batch = NetworkBatch.From(sweepLevel);
        return L1Check.Run(batch, InputDomain.Normal, 2000, 0.02, 0).Count(r => r.Pass);
    }

    /// <summary>The same check as the sweep runs it: its networks are generated as tensors, never copied from objects.</summary>
    [Benchmark]
    public int CheckBatch825Networks2000Samples() => L1Check.Run(sweepBatch, InputDomain.Normal, 2000, 0.02, 0).Count(r => r.Pass);

    [GlobalCleanup]
    public void Cleanup() => sweepBatch.Dispose();
}
