using Verification.Baseline;
using Verification.Sweep;
using Verification.Vocabulary;

namespace Verification.Properties.Baseline;

/// <summary>
/// The premises of the amortisation figure in BENCHMARKS.md: the per-beta weight-space models are really
/// separate models, runs are reproducible, and a level counts as reaching the hypernetwork's label only once
/// it stays there.
/// </summary>
[Claim("AMORT-1")]
public class WeightSpaceVariationalTests
{
    static readonly WeightSpaceVariational.Options Small = new(N: 4, Samples: 2, Inputs: 32, Seed: 7);

    static double[] TrainedMeans(double[] betas, WeightSpaceVariational.Options options, int model, int steps = 40)
    {
        using var models = new WeightSpaceVariational(betas, options);
        models.Train(steps);
        using var means = models.Means();
        var network = means[model];
        return network.W.SelectMany(row => row).Concat(network.B).Concat(network.V).Append(network.C).ToArray();
    }

    [Test]
    public void A_model_trained_beside_others_follows_its_trajectory_alone()
    {
        var alone = TrainedMeans([1e-6], Small, model: 0);
        var beside = TrainedMeans([1e-6, 1e-2, 1e-4], Small, model: 0);
        Assert.That(beside, Is.EqualTo(alone).Within(1e-6));
    }

    [Test]
    public void A_models_trajectory_depends_on_its_beta()
    {
        // The negative of the test above: with the same seed, start and data, beta alone moves the weights
        // beyond the tolerance that test allows, so a model reading another model's beta would fail it.
        var low = TrainedMeans([1e-6], Small, model: 0);
        var high = TrainedMeans([1e-1], Small, model: 0);
        Assert.That(high, Is.Not.EqualTo(low).Within(1e-4));
    }

    [Test]
    public void The_same_seed_gives_the_same_weights_and_another_seed_other_weights()
    {
        var first = TrainedMeans([1e-4], Small, model: 0);
        Assert.Multiple(() =>
        {
            Assert.That(TrainedMeans([1e-4], Small, model: 0), Is.EqualTo(first));
            Assert.That(TrainedMeans([1e-4], Small with { Seed = 8 }, model: 0), Is.Not.EqualTo(first).Within(1e-3));
        });
    }

    [Test]
    public void A_level_matches_from_the_step_where_its_label_stays_the_target()
    {
        int[] steps = [500, 1000, 1500, 2000, 2500];
        var (u, d) = (AlgorithmLabel.Unclassified, AlgorithmLabel.DoubleSided);
        Assert.Multiple(() =>
        {
            Assert.That(Amortisation.SettledStep(steps, [u, d, u, d, d], d), Is.EqualTo(2000));
            Assert.That(Amortisation.SettledStep(steps, [d, d, d, d, d], d), Is.EqualTo(500));
            Assert.That(Amortisation.SettledStep(steps, [d, d, d, d, u], d), Is.Null, "a label that leaves the target at the end has not matched");
            Assert.That(Amortisation.SettledStep(steps, [u, u, u, u, u], d), Is.Null);
        });
    }
}
