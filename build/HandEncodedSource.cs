using Verification.Algorithms;
using Verification.Networks;
using Verification.Sweep;
using Verification.Vocabulary;

namespace Verification.TestSupport;

/// <summary>
/// A network source that answers each beta with a hand-encoded algorithm and a stated complexity: data with
/// known phases, for testing the claim evaluators and the report without a trained hypernetwork.
/// </summary>
public static class HandEncodedSource
{
    /// <summary>What a beta produces: the algorithm, its complexity in bits, and its sharpness k.</summary>
    public sealed record Phase(AlgorithmLabel Algorithm, double Bits, double K);

    public static NetworkProducer ByBeta(Func<double, Phase> phase) => (n, betas, seeds) =>
    {
        var chosen = betas.Select(phase).ToArray();
        var networks = chosen.Select((p, i) => HandEncoded.Encode(p.Algorithm, n, p.K, seed: seeds[i])).ToArray();
        return new SourcedNetworks(NetworkBatch.From(networks), chosen.Select(p => p.Bits).ToArray());
    };

    /// <summary>The paper's picture: double-sided below beta 1e-4, positive pudding below 1e-3, convexity above.</summary>
    public static Phase Paper(double beta) =>
        beta < 1e-4 ? new(AlgorithmLabel.DoubleSided, 1000, 100)
        : beta < 1e-3 ? new(AlgorithmLabel.PositivePudding, 500, 100)
        : new(AlgorithmLabel.Convexity, 50, 100);
}
