using Verification.Networks;

namespace Verification.Hypernetwork;

/// <summary>Networks generated together, with the complexity of each: KL(q || N(0, I)) in bits.</summary>
public sealed record GeneratedBatch(NetworkBatch Networks, double[] KlBits, double[] Betas, long[] Seeds) : IDisposable
{
    public void Dispose() => Networks.Dispose();
}
