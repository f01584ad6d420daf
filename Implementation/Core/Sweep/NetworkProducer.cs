using Verification.Networks;

namespace Verification.Sweep;

/// <summary>
/// Anything that produces networks of dimension n for (beta, seed) pairs, with the complexity of each in
/// bits (null where it has none): the hypernetwork at a checkpoint, or hand-encoded networks in tests.
/// </summary>
public delegate SourcedNetworks NetworkProducer(int n, IReadOnlyList<double> betas, IReadOnlyList<int> seeds);

public sealed record SourcedNetworks(NetworkBatch Networks, double[]? KlBits) : IDisposable
{
    public void Dispose() => Networks.Dispose();
}
