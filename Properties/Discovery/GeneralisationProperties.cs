using FsCheck;
using Verification.Checking;
using Verification.Hypernetwork;
using Verification.Properties.Support;
using Verification.Problem;

namespace Verification.Properties.Discovery;

/// <summary>DISC-4's property over every n in 1..64, n = 1 (below the trained range 2..64) included.</summary>
[Claim("DISC-4")]
public class GeneralisationProperties
{
    [Property(MaxTest = 1000)]
    public bool A_lowest_beta_network_passes_the_check_for_any_n_and_seed(PositiveInt n, int seed)
    {
        var network = NetworkGenerator.Generate(Shipped.Hypernetwork, Generators.Dimension(n), Shipped.Options.BetaMin, seed);
        return L1Check.Run(network, InputDomain.Normal, 2000).Pass;
    }

    [Test]
    public void The_property_fails_at_the_highest_beta()
    {
        Assert.That(Generators.FindsCounterexample<PositiveInt, int>((n, seed) =>
            L1Check.Run(NetworkGenerator.Generate(Shipped.Hypernetwork, Generators.Dimension(n), Shipped.Options.BetaMax, seed), InputDomain.Normal, 2000).Pass),
            Is.True);
    }
}
