using FsCheck;
using Verification.Checking;
using Verification.Hypernetwork;
using Verification.Properties.Support;
using Verification.Task;

namespace Verification.Properties.Discovery;

[Claim("DISC-4")]
public class GeneralisationProperties
{
    /// <summary>n in 2..64 (n = 1 was never trained on and is outside the claim; see Spec/claims.md).</summary>
    static int Dimension(PositiveInt n) => 2 + (n.Get - 1) % (Generators.MaxDimension - 1);

    [Property(MaxTest = 1000)]
    public bool A_lowest_beta_network_passes_the_check_for_any_n_and_seed(PositiveInt n, int seed)
    {
        var network = NetworkGenerator.Generate(Shipped.Hypernetwork, Dimension(n), Shipped.Options.BetaMin, seed);
        return L1Check.Run(network, InputDomain.Normal, 2000).Pass;
    }

    [Test]
    public void The_property_fails_at_the_highest_beta()
    {
        Assert.That(Generators.FindsCounterexample<PositiveInt, int>((n, seed) =>
            L1Check.Run(NetworkGenerator.Generate(Shipped.Hypernetwork, Dimension(n), Shipped.Options.BetaMax, seed), InputDomain.Normal, 2000).Pass),
            Is.True);
    }
}
