using Verification.Algorithms;
using Verification.Classifier;
using Verification.Landscape;
using Verification.Study;
using Verification.Training;
using Verification.Networks;
using Verification.Results;
using Verification.Sweep;

namespace Verification.Properties.Discovery;

/// <summary>
/// The discovery evaluators judged on made-up sources whose answer is known: a source with the paper's
/// phases passes, and each contradiction of a claim makes exactly that claim fail.
/// </summary>
[Claim("DISC-7")]
public class DiscoveryEvaluatorTests
{
    static readonly SweepGrid Grid = new(SweepGrid.LogSpaced(1e-6, 1e-2, 5), Enumerable.Range(0, 4).ToArray(),
        [new DimensionGroup(16, "trained"), new DimensionGroup(5, "held-out")], 2000, 0.02, 0);

    static IReadOnlyList<NetworkResult> Sweep(Func<double, HandEncodedSource.Phase> phase) =>
        SweepRunner.Run(HandEncodedSource.ByBeta(phase), NetworkSource.Hypernetwork, null, Grid, [16, 5]);

    static string Verdict(Func<IReadOnlyList<NetworkResult>, ClaimResult> claim, Func<double, HandEncodedSource.Phase> phase) =>
        claim(Sweep(phase)).Verdict.Name;

    static readonly Func<double, HandEncodedSource.Phase> Paper = HandEncodedSource.Paper;

    [Test]
    public void A_source_with_the_papers_phases_passes_DISC_1_to_4()
    {
        var networks = Sweep(Paper);
        Assert.Multiple(() =>
        {
            Assert.That(DiscoveryClaims.Phases(networks).Verdict.Name, Is.EqualTo("pass"));
            Assert.That(DiscoveryClaims.Ordering(networks).Verdict.Name, Is.EqualTo("pass"));
            Assert.That(DiscoveryClaims.Accuracy(networks).Verdict.Name, Is.EqualTo("pass"));
            Assert.That(DiscoveryClaims.Generalisation(networks).Verdict.Name, Is.EqualTo("pass"));
        });
    }

    [Test]
    public void Convexity_everywhere_fails_the_phase_claim() =>
        Assert.That(Verdict(DiscoveryClaims.Phases, _ => new HandEncodedSource.Phase(Algorithm.Convexity, 50, 100)), Is.EqualTo("fail"));

    static HandEncodedSource.Phase NoPudding(double beta) =>
        beta < 1e-3 ? new(Algorithm.DoubleSided, 1000, 100) : new(Algorithm.Convexity, 50, 100);

    [Test]
    public void No_pudding_band_fails_the_phase_claim() =>
        Assert.That(Verdict(DiscoveryClaims.Phases, NoPudding), Is.EqualTo("fail"));

    [Test]
    public void No_pudding_fails_the_ordering_claim_rather_than_skip_it() =>
        Assert.That(Verdict(DiscoveryClaims.Ordering, NoPudding), Is.EqualTo("fail"));

    [Test]
    public void Cheaper_double_sided_than_pudding_fails_the_ordering_claim() =>
        Assert.That(Verdict(DiscoveryClaims.Ordering, b => Paper(b) is var p && p.Algorithm == Algorithm.DoubleSided ? p with { Bits = 100 } : p), Is.EqualTo("fail"));

    [Test]
    public void Blunt_kinks_fail_the_accuracy_claim() =>
        Assert.That(Verdict(DiscoveryClaims.Accuracy, b => Paper(b) with { K = 2 }), Is.EqualTo("fail"));

    [Test]
    public void Unseen_dimensions_that_are_not_double_sided_fail_the_generalisation_claim()
    {
        var networks = Sweep(Paper).Select(r => r.N == 5 ? r with { Algorithm = Algorithm.Convexity } : r).ToArray();
        Assert.That(DiscoveryClaims.Generalisation(networks).Verdict.Name, Is.EqualTo("fail"));
    }

    [Test]
    public void Double_sided_from_the_first_checkpoint_fails_the_development_claim()
    {
        var networks = Sweep(Paper).Where(r => r.N == 16).SelectMany(r => new[] { r with { Source = NetworkSource.Checkpoint, Step = 100 }, r with { Source = NetworkSource.Checkpoint, Step = 200 } }).ToArray();
        Assert.That(DiscoveryClaims.Development(networks).Verdict.Name, Is.EqualTo("fail"));
        var developing = networks.Select(r => r.Step == 100 ? r with { Algorithm = Algorithm.Convexity } : r).ToArray();
        Assert.That(DiscoveryClaims.Development(developing).Verdict.Name, Is.EqualTo("pass"));
    }

    [Test]
    public void A_structured_baseline_fails_the_baseline_claim()
    {
        var networks = Sweep(Paper).Take(1).Select(r => r with { Source = NetworkSource.Baseline, Beta = null }).ToArray();
        Assert.That(DiscoveryClaims.Baseline(networks).Verdict.Name, Is.EqualTo("fail"));
    }

    [Test, Claim("DISC-8")]
    public void Only_a_wide_pudding_band_with_no_double_sided_level_passes_the_displacement_claim()
    {
        static string Extended(Func<double, HandEncodedSource.Phase> phase) =>
            DiscoveryClaims.Displacement(Sweep(phase).Select(r => r with { Source = NetworkSource.Extended, Step = 90_000 }).ToArray()).Verdict.Name;
        Func<double, HandEncodedSource.Phase> widePudding = b => b < 1e-3 ? Paper(1e-4) : Paper(b);
        Assert.Multiple(() =>
        {
            Assert.That(Extended(Paper), Is.EqualTo("fail"));
            Assert.That(Extended(widePudding), Is.EqualTo("pass"));
            Assert.That(Verdict(DiscoveryClaims.Displacement, widePudding), Is.EqualTo("not-run"), "networks of the shipped checkpoint are not the extended run's");
            Assert.That(Extended(b => b < 1e-3 && b > 1e-6 ? Paper(1e-4) : Paper(b)), Is.EqualTo("fail"));
            Assert.That(Extended(b => b < 1e-4 ? Paper(1e-2) : Paper(b)), Is.EqualTo("fail"));
        });
    }

    [Test]
    public void Claims_without_data_are_not_run_rather_than_passed()
    {
        Assert.That(DiscoveryClaims.Evaluate([]).Select(c => c.Verdict.Name), Is.All.EqualTo("not-run"));
    }

    /// <summary>A made-up n = 16 landscape at the grid's betas whose lowest-loss model ends as winners[level].</summary>
    static LandscapeResult MadeUpLandscape(params string[] winners) => new(
        new LandscapeOptions(16, Grid.Betas, 100, 0, Objective.Shipped),
        Grid.Betas.SelectMany((beta, l) => LandscapeStart.All.Select(start => new LandscapeRow(beta, start,
            start == winners[l] || (Algorithm.IsPudding(start) && Algorithm.IsPudding(winners[l])) ? 1 : 2, 0.5, 100,
            start == winners[l] ? winners[l] : start, AlgorithmClassifier.Classify(HandEncoded.Encode(start, 4)).Parameters))).ToArray(), 1);

    [Test, Claim("LAND-2")]
    public void The_landscape_agreement_counts_levels_whose_majority_family_is_the_objectives()
    {
        var networks = Sweep(Paper);   // double-sided below 1e-4, pudding below 1e-3, convexity above
        string[] paper = [Algorithm.DoubleSided, Algorithm.DoubleSided, Algorithm.NegativePudding, Algorithm.Convexity, Algorithm.Convexity];
        string[] puddingLow = [Algorithm.PositivePudding, Algorithm.PositivePudding, Algorithm.PositivePudding, Algorithm.Convexity, Algorithm.Convexity];
        Assert.Multiple(() =>
        {
            Assert.That(DiscoveryClaims.LandscapeAgreement(networks, MadeUpLandscape(paper)).Verdict.Name, Is.EqualTo("pass"), "pudding of another sign is the same family");
            var shifted = DiscoveryClaims.LandscapeAgreement(networks, MadeUpLandscape(puddingLow));
            Assert.That(shifted.Verdict.Name, Is.EqualTo("fail"));
            Assert.That(shifted.Measured, Does.StartWith("3 of 5"));
            Assert.That(DiscoveryClaims.LandscapeAgreement(networks, null).Verdict.Name, Is.EqualTo("not-run"));
            var longer = networks.Concat(Sweep(b => Paper(Math.Max(b, 1e-4))).Where(r => r.N == 16).Select(r => r with { Source = NetworkSource.Extended, Step = 90_000 })).ToArray();
            Assert.That(DiscoveryClaims.LandscapeAgreement(longer, MadeUpLandscape(puddingLow)).Measured, Does.EndWith("the same run trained longer: 5 of 5"),
                "the extended run, pudding wherever the made-up landscape has it, is compared too");
            var otherN = MadeUpLandscape(paper) with { Options = MadeUpLandscape(paper).Options with { N = 8 } };
            Assert.That(DiscoveryClaims.LandscapeAgreement(networks, otherN).Verdict.Name, Is.EqualTo("not-run"), "the landscape must be of the phase dimension");
        });
    }

    [Test, Claim("DISC-9")]
    public void Only_phases_unchanged_over_the_last_tenth_of_training_pass_the_stability_claim()
    {
        static IEnumerable<NetworkResult> At(long step, Func<double, HandEncodedSource.Phase> phase) =>
            Sweep(phase).Where(r => r.N == 16).Select(r => r with { Source = NetworkSource.Checkpoint, Step = step });
        Func<double, HandEncodedSource.Phase> puddingEarly = b => b < 1e-5 ? Paper(b) : Paper(Math.Max(b, 1e-4));
        Assert.Multiple(() =>
        {
            Assert.That(DiscoveryClaims.Stability([.. At(9_000, Paper), .. At(10_000, Paper)]).Verdict.Name, Is.EqualTo("pass"));
            var moved = DiscoveryClaims.Stability([.. At(1_000, Paper), .. At(9_000, puddingEarly), .. At(10_000, Paper)]);
            Assert.That(moved.Verdict.Name, Is.EqualTo("fail"), "compared with step 9000, the one nearest 10% earlier, not step 1000");
            Assert.That(moved.Measured, Does.StartWith("step 9000 -> 10000: 4 of 5 levels unchanged"));
            Assert.That(DiscoveryClaims.Stability([.. At(10_000, Paper)]).Verdict.Name, Is.EqualTo("not-run"));
        });
    }

    [Test, Claim("SEED-1")]
    public void Only_pudding_bands_with_both_signs_pass_the_seed_claim()
    {
        var oneSign = Sweep(Paper);   // the pudding band is positive pudding at every seed
        var bothSigns = oneSign.Select(r => r.Algorithm == Algorithm.PositivePudding && r.Seed % 2 == 1 ? r with { Algorithm = Algorithm.NegativePudding } : r).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(DiscoveryClaims.SeedSymmetry(oneSign).Verdict.Name, Is.EqualTo("fail"));
            Assert.That(DiscoveryClaims.SeedSymmetry(bothSigns).Verdict.Name, Is.EqualTo("pass"));
            Assert.That(DiscoveryClaims.SeedSymmetry(bothSigns).Measured, Does.Contain("50% positive, 50% negative"));
            Assert.That(DiscoveryClaims.SeedSymmetry(Sweep(b => Paper(Math.Min(b, 1e-5)))).Verdict.Name, Is.EqualTo("not-run"), "no pudding at all");
        });
    }

    [Test]
    public void Only_sources_of_pure_networks_pass_the_purity_claim()
    {
        var pure = Sweep(Paper);
        var blended = pure.Select(r => r.Algorithm == Algorithm.DoubleSided && r.Seed == 0 ? r with { Purity = 0.97 } : r).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(DiscoveryClaims.Purities(pure).Verdict.Name, Is.EqualTo("pass"), DiscoveryClaims.Purities(pure).Measured);
            Assert.That(DiscoveryClaims.Purities(blended).Verdict.Name, Is.EqualTo("fail"));
            Assert.That(DiscoveryClaims.Purities(blended).Measured, Does.Contain("lowest 0.970"));
            Assert.That(DiscoveryClaims.Purities(pure.Where(r => r.N != Protocol.PhaseDimension).ToArray()).Verdict.Name, Is.EqualTo("not-run"));
        });
    }

    [Test]
    public void Only_sources_with_few_unclassified_levels_pass_the_recognition_claim()
    {
        var paper = Sweep(Paper);
        var blended = paper.Select(r => r.Beta is > 1e-5 and < 1e-2 ? r with { Algorithm = Algorithm.Unclassified } : r).ToArray();   // 3 of 5 levels
        Assert.Multiple(() =>
        {
            Assert.That(DiscoveryClaims.Recognised(paper).Verdict.Name, Is.EqualTo("pass"), DiscoveryClaims.Recognised(paper).Measured);
            Assert.That(DiscoveryClaims.Recognised(blended).Verdict.Name, Is.EqualTo("fail"), DiscoveryClaims.Recognised(blended).Measured);
        });
    }

    [Test]
    public void Only_accuracy_that_follows_beta_passes_the_trend_claim()
    {
        var paper = Sweep(Paper);
        var lowest = paper.Min(r => r.Beta!.Value);
        var worseAtLowest = paper.Select(r => r.Beta == lowest && r.Algorithm == Algorithm.DoubleSided ? r with { Check = r.Check with { P99RelError = 0.05 } } : r).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(DiscoveryClaims.Trends(paper).Verdict.Name, Is.EqualTo("pass"), DiscoveryClaims.Trends(paper).Measured);
            Assert.That(DiscoveryClaims.Trends(worseAtLowest).Verdict.Name, Is.EqualTo("fail"), DiscoveryClaims.Trends(worseAtLowest).Measured);
        });
    }
}
