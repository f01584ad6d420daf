using Verification.Hypernetwork;
using Verification.Landscape;
using Verification.Problem;
using Verification.Training;
using Verification.Vocabulary;

namespace Verification.Properties.Landscape;

/// <summary>
/// LAND-1: the landscape of the shipped objective at n = 4, pinned: pudding is the objective's phase at low
/// beta and convexity at high beta. The same run without an output bias puts double-sided lowest at low
/// beta, so the test tells objectives apart (it fails if the landscape ignores the objective's knobs).
/// </summary>
[Claim("LAND-1")]
public class LandscapeTests
{
    const int N = 4;
    const int Steps = 3_000;

    /// <summary>The lowest-loss start must beat every other family's start by this much: well above seed-to-seed noise (a few %).</summary>
    const double Margin = 0.10;

    static LandscapeResult Run(IReadOnlyList<double> betas, Objective objective) =>
        LandscapeRunner.Run(new LandscapeOptions(N, betas, Steps, Seed: 0, objective), (_, _, _) => { });

    /// <summary>The family of the lowest-loss start at beta, and how far the best start of another family lies above it.</summary>
    static (AlgorithmFamily Family, double Margin) Phase(LandscapeResult result, double beta)
    {
        var winner = result.Winners.Single(w => w.Beta == beta);
        TestContext.Out.WriteLine($"beta {beta:E0}: " + string.Join(", ", result.Rows.Where(r => r.Beta == beta).Select(r => $"{r.Start} {r.Loss:G4}")));
        return (winner.Start.Family, result.Lead(winner));
    }

    [Test]
    public void The_shipped_objective_prefers_pudding_at_low_beta_and_convexity_at_high_beta()
    {
        var result = Run([1e-8, 1e-6, 1e-2, 1e-1], Objective.Shipped);
        Assert.Multiple(() =>
        {
            foreach (var (beta, family) in new[] { (1e-8, AlgorithmFamily.Pudding), (1e-6, AlgorithmFamily.Pudding), (1e-2, AlgorithmFamily.Convexity), (1e-1, AlgorithmFamily.Convexity) })
            {
                var (winner, margin) = Phase(result, beta);
                Assert.That(winner, Is.EqualTo(family), $"phase at beta {beta:E0}");
                Assert.That(margin, Is.GreaterThanOrEqualTo(Margin), $"margin at beta {beta:E0}");
            }
        });
    }

    [Test]
    public void Without_an_output_bias_double_sided_is_lowest_at_low_beta()
    {
        var result = Run([1e-6], Objective.Shipped with { OutputBias = false });
        var (winner, margin) = Phase(result, 1e-6);
        Assert.Multiple(() =>
        {
            Assert.That(winner, Is.EqualTo(AlgorithmFamily.DoubleSided));
            Assert.That(margin, Is.GreaterThanOrEqualTo(Margin));
        });
    }

    [Test]
    public void The_rows_cover_every_beta_and_start_and_winners_have_the_lowest_loss()
    {
        var result = Run([1e-4], Objective.Shipped with { Prior = new WeightPrior(1, 0.5, 1, 1), Scale = new InputScale(0.5, 2) });
        Assert.Multiple(() =>
        {
            Assert.That(result.Rows.Select(r => r.Start), Is.EqualTo(LandscapeStart.All));
            Assert.That(result.Winners.Single().Loss, Is.EqualTo(result.Rows.Min(r => r.Loss)));
            Assert.That(result.Rows.All(r => double.IsFinite(r.Loss) && r.Loss >= r.Mse * 16 / N && r.KlBits > 0), Is.True);
        });
    }
}
