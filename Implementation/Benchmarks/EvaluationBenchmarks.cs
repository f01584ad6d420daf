using BenchmarkDotNet.Attributes;
using Verification.Networks;
using static TorchSharp.torch;

namespace Verification.Benchmarks;

/// <summary>
/// Network evaluations per second: the batched forward pass of 256 networks (n = 16, H = 48) on 1,000
/// inputs each, in training's formula and the check's, against the bare matmul of the same shapes (the floor
/// any implementation pays).
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    const int Nets = 256, Inputs = 1000, N = 16, H = 48;
    Tensor w = null!, b = null!, v = null!, c = null!, x = null!;

    [GlobalSetup]
    public void Setup()
    {
        Torch.Initialise();
        var generator = Torch.Generator(0);
        w = randn([Nets, H, N], dtype: float64, generator: generator);
        b = randn([Nets, H], dtype: float64, generator: generator);
        v = randn([Nets, H], dtype: float64, generator: generator);
        c = randn([Nets], dtype: float64, generator: generator);
        x = randn([1, Inputs, N], dtype: float64, generator: generator);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Nets * Inputs)]
    public void BareMatmul()
    {
        using var result = matmul(x, w.transpose(1, 2));
    }

    /// <summary>Training's formula: the bias added after the matmul.</summary>
    [Benchmark(OperationsPerInvoke = Nets * Inputs)]
    public void BatchedForward()
    {
        using var result = NetworkBatch.Forward(w, b, v, c, x);
    }

    /// <summary>The L1 check's formula: the bias as the addend of the batched matmul.</summary>
    [Benchmark(OperationsPerInvoke = Nets * Inputs)]
    public void BatchedEvaluate()
    {
        using var result = NetworkBatch.Evaluate(w, b, v, c, x);
    }
}
