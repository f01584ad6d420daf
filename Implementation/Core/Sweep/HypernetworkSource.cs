using Verification.Hypernetwork;

namespace Verification.Sweep;

/// <summary>A trained hypernetwork as a sweep's source of networks: samples and their KL bits.</summary>
public static class HypernetworkSource
{
    public static NetworkProducer Of(HypernetworkModel hypernetwork) => (n, betas, seeds) =>
    {
        var generated = NetworkGenerator.GenerateBatch(hypernetwork, n, betas, seeds.Select(s => (long)s).ToArray());
        return new SourcedNetworks(generated.Networks, generated.KlBits);
    };
}
