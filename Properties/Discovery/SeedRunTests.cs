using Verification.Claims;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Study;
using Verification.Sweep;
using Verification.Training;

namespace Verification.Properties.Discovery;

/// <summary>
/// SEEDS-1: the phases are not one seed's. The shipped options trained from scratch with seeds 2 and 3
/// (Implementation/Checkpoints/seeds/) must each show DISC-1's phases at n = 16 and DISC-9's rest between
/// their last checkpoint and the one 10% of training earlier.
/// </summary>
[Claim("SEEDS-1")]
public class SeedRunTests
{
    const int EarlierStep = 81_000;

    [TestCase(2)]
    [TestCase(3)]
    public void Another_training_seed_shows_the_phases_at_rest(long seed)
    {
        var (final, earlier) = (Checkpoint.Load(ShippedCheckpoints.OtherSeed(seed)), Checkpoint.Load(ShippedCheckpoints.OtherSeed(seed, EarlierStep)));
        Assert.That(final.Options with { Seed = Shipped.Options.Seed, Dimensions = Shipped.Options.Dimensions, FineTuneDimensions = Shipped.Options.FineTuneDimensions },
            Is.EqualTo(Shipped.Options), "the shipped options but for the seed");
        Assert.That((final.Options.Seed, final.Step, earlier.Step), Is.EqualTo((seed, Shipped.Options.TotalSteps, EarlierStep)));
        Assert.That(final.Options.FineTuneDimensions, Is.EqualTo(Shipped.Options.FineTuneDimensions));
        var phases = Reproduction.PhaseSweep(final, NetworkSource.Hypernetwork, Shipped.Grid(25));
        Assert.Multiple(() =>
        {
            foreach (var claim in new[] { DiscoveryClaims.Phases(phases), Shipped.StabilityBetween(earlier, final) })
                ClaimAssert.Passes(claim, $"seed {seed}, ");
        });
    }
}
