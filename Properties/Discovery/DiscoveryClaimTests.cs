using Verification.Baseline;
using Verification.Checking;
using Verification.Claims;
using Verification.Classifier;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Study;
using Verification.Sweep;
using Verification.Problem;
using Verification.Training;

namespace Verification.Properties.Discovery;

/// <summary>The discovery claims, measured on the shipped checkpoint with the evaluators that reproduce uses.</summary>
public class DiscoveryClaimTests
{
    [Test, Claim("DISC-1")]
    public void Beta_selects_double_sided_then_pudding_then_convexity() => ClaimAssert.Passes(DiscoveryClaims.Phases(Shipped.Phases));

    [Test, Claim("DISC-2")]
    public void Double_sided_costs_more_bits_than_pudding_and_pudding_more_than_convexity() => ClaimAssert.Passes(DiscoveryClaims.Ordering(Shipped.Phases));

    [Test, Claim("DISC-3")]
    public void Exact_algorithms_pass_the_check_and_convexity_is_only_approximate() => ClaimAssert.Passes(DiscoveryClaims.Accuracy(Shipped.Phases));

    [Test, Claim("DISC-4")]
    public void Networks_for_every_swept_dimension_are_double_sided_and_correct()
    {
        var grid = Shipped.Grid(1);
        string[] groups = ["held-out", "larger"];
        Assert.That(groups.Select(g => grid.Dimensions.Where(d => d.Group == g).Select(d => d.N)), Is.EqualTo(new[] { new[] { 5, 11, 40 }, new[] { 96, 128 } }));
        ClaimAssert.Passes(DiscoveryClaims.Generalisation(Shipped.Sweep(grid, [.. grid.Dimensions.Select(d => d.N).Where(n => n != Protocol.PhaseDimension)])));
    }

    [Test, Claim("DISC-5")]
    public void Double_sided_develops_during_training()
    {
        var checkpoints = Checkpoint.InFolder(ShippedCheckpoints.ShippedTraining);
        Assert.That(checkpoints, Has.Length.GreaterThanOrEqualTo(3), "training checkpoints are shipped");
        var grid = Shipped.Grid(5);
        var networks = checkpoints.SelectMany(path => Reproduction.PhaseSweep(Checkpoint.Load(path), NetworkSource.Checkpoint, grid)).ToArray();
        ClaimAssert.Passes(DiscoveryClaims.Development(networks));
    }

    [Test, Claim("DISC-8")]
    public void Longer_training_turns_the_double_sided_band_into_pudding()
    {
        var checkpoint = Checkpoint.Load(ShippedCheckpoints.Extended);
        var options = checkpoint.Options;
        Assert.That(options with { FineTuneSteps = Shipped.Options.FineTuneSteps, CheckpointInterval = Shipped.Options.CheckpointInterval, Dimensions = Shipped.Options.Dimensions, FineTuneDimensions = Shipped.Options.FineTuneDimensions },
            Is.EqualTo(Shipped.Options), "the extended checkpoint continues the shipped run");
        Assert.That(options.Dimensions, Is.EqualTo(Shipped.Options.Dimensions), "main-stage dimensions");
        Assert.That(options.FineTuneDimensions, Is.EqualTo(Shipped.Options.FineTuneDimensions), "fine-tune dimensions");
        Assert.That(options.FineTuneSteps, Is.GreaterThan(Shipped.Options.FineTuneSteps), "a longer fine-tune");
        ClaimAssert.Passes(DiscoveryClaims.Displacement(Reproduction.PhaseSweep(checkpoint, NetworkSource.Extended, Shipped.Grid(25))));
    }

    [Test, Claim("DISC-9")]
    public void The_phases_are_at_rest_over_the_last_tenth_of_training()
    {
        var checkpoints = Checkpoint.InFolder(ShippedCheckpoints.ShippedTraining).Select(Checkpoint.Load).ToArray();
        var last = checkpoints.MaxBy(c => c.Step)!;
        var earlier = checkpoints.Where(c => c.Step < last.Step).MinBy(c => Math.Abs(c.Step - 0.9 * last.Step))!;
        Assert.That((earlier.Step, last.Step), Is.EqualTo((81_000, 90_000)), "the shipped run's last checkpoint and the one 10% earlier");
        ClaimAssert.Passes(Shipped.StabilityBetween(earlier, last));
    }

    [Test, Claim("SEED-1")]
    public void The_seeds_give_both_pudding_signs() => ClaimAssert.Passes(DiscoveryClaims.SeedSymmetry(Shipped.Phases));

    [Test, Claim("DISC-10")]
    public void Few_levels_are_unclassified() => ClaimAssert.Passes(DiscoveryClaims.Recognised(Shipped.Phases));

    [Test, Claim("DISC-11")]
    public void Accuracy_follows_beta() => ClaimAssert.Passes(DiscoveryClaims.Trends(Shipped.Phases));

    [Test, Claim("PURE-1")]
    public void Labelled_networks_are_their_algorithm_and_not_a_blend() => ClaimAssert.Passes(DiscoveryClaims.Purities(Shipped.Phases));

    [Test, Claim("LAND-2")]
    public void The_hypernetworks_phases_are_the_objectives()
    {
        var landscape = Verification.Landscape.LandscapeJson.Read(ShippedCheckpoints.Landscape);
        Assert.That(landscape.Options.Objective, Is.EqualTo(Shipped.Options.Objective), "the landscape is of the checkpoint's objective");
        ClaimAssert.Passes(DiscoveryClaims.LandscapeAgreement(Shipped.Phases, landscape));
    }

    [Test, Claim("DISC-6")]
    public void The_Adam_baseline_is_accurate_but_unclassified()
    {
        var network = AdamBaseline.Train(new AdamBaseline.Options(Seed: 0));
        var label = AlgorithmClassifier.Classify(network);
        var check = L1Check.Run(network, InputDomain.Normal, 2000);
        var result = new NetworkResult(NetworkSource.Baseline, 16, null, 0, null, label.Algorithm, label.Parameters, label.Purity, null, check);
        ClaimAssert.Passes(DiscoveryClaims.Baseline([result]));
    }
}
