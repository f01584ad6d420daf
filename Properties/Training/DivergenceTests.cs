using Verification.Errors;
using Verification.Hypernetwork;
using Verification.Training;

namespace Verification.Properties.Training;

/// <summary>
/// An outlier step (loss above DivergenceLoss) is skipped: no update, no Adam count. DivergencePatience
/// outliers in a row, or one non-finite loss, stop training with a one-line error, and the newest checkpoint
/// on disk stays the last good state.
/// </summary>
[Claim("TRAIN-2")]
public class DivergenceTests
{
    static readonly TrainingOptions Small = SmallRun.Options;

    [Test]
    public void Steps_above_the_divergence_loss_are_skipped_and_the_others_are_applied()
    {
        var losses = new List<double>();
        using (var plain = new Trainer(Small)) plain.Run(null, p => losses.Add(p.Loss));
        var threshold = losses.Order().ElementAt(losses.Count / 2);

        var outliers = 0;
        using var trainer = new Trainer(Small with { DivergenceLoss = threshold, DivergencePatience = 1000 });
        trainer.Run(null, p => outliers += p.Loss > threshold ? 1 : 0);
        Assert.Multiple(() =>
        {
            Assert.That(trainer.Step, Is.EqualTo(Small.TotalSteps));
            Assert.That(trainer.SkippedSteps, Is.GreaterThan(0));
            Assert.That(trainer.SkippedSteps, Is.EqualTo(outliers));
            Assert.That(trainer.Capture().AdamUpdates, Is.EqualTo(trainer.Step - trainer.SkippedSteps));
        });
    }

    [Test]
    public void The_rule_judges_the_loss_without_the_dimension_powers_weight()
    {
        // gamma = 3 weighs n = 1's error 4096 times more than gamma = 0 would: judged raw, every n = 1 step would be an outlier.
        var options = Small with { Dimensions = [1, 2, 4], Objective = Objective.Shipped with { DimensionPower = 3 } };
        static double Judged(TrainingProgress p) => p.Loss / Math.Pow(16.0 / p.Dimension, 3);
        var judged = new List<double>();
        using (var plain = new Trainer(options)) plain.Run(null, p => judged.Add(Judged(p)));
        var threshold = judged.Order().ElementAt(judged.Count / 2);

        var outliers = 0;
        using var trainer = new Trainer(options with { DivergenceLoss = threshold, DivergencePatience = 1000 });
        trainer.Run(null, p => outliers += Judged(p) > threshold ? 1 : 0);
        Assert.That(trainer.SkippedSteps, Is.GreaterThan(0).And.EqualTo(outliers));
    }

    [Test]
    public void A_diverged_run_names_the_loss_it_judged_when_the_dimension_power_weighs_it()
    {
        var options = Small with { Dimensions = [1], Objective = Objective.Shipped with { DimensionPower = 3 }, DivergenceLoss = 1e-12, DivergencePatience = 1 };
        using var trainer = new Trainer(options);
        var error = Assert.Throws<TrainingDiverged>(() => trainer.Run(null))!;
        Assert.That(error.Message, Does.Match(@"\): loss = [0-9.eE+-]+ \([0-9.eE+-]+ without the dimension power's weight\);"));
    }

    [Test]
    public void Patience_outliers_in_a_row_stop_the_run_with_the_last_checkpoint_untouched()
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-diverge-").FullName;
        try
        {
            using (var first = new Trainer(Small with { FineTuneSteps = 0, Steps = Small.CheckpointInterval })) first.Run(folder);
            var saved = Checkpoint.InFolder(folder).Single();
            var bytes = File.ReadAllBytes(saved);

            using var resumed = Trainer.Resume(saved, Small with { DivergenceLoss = 1e-12, DivergencePatience = 3 });
            var before = SmallRun.Parameters(resumed);
            var error = Assert.Throws<TrainingDiverged>(() => resumed.Run(folder))!;
            Assert.Multiple(() =>
            {
                Assert.That(error.Message, Does.StartWith($"training diverged at step {Small.CheckpointInterval + 3} "));
                Assert.That(error.Message, Does.Contain("for 3 steps in a row"));
                Assert.That(error.Message, Does.Not.Contain('\n'));
                Assert.That(resumed.Step, Is.EqualTo(Small.CheckpointInterval + 2));
                Assert.That(resumed.SkippedSteps, Is.EqualTo(2));
                Assert.That(SmallRun.Parameters(resumed), Is.EqualTo(before));
                Assert.That(Checkpoint.InFolder(folder), Is.EqualTo(new[] { saved }));
                Assert.That(File.ReadAllBytes(saved), Is.EqualTo(bytes));
            });
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Test]
    public void A_non_finite_loss_stops_the_run_at_once()
    {
        // A rate of 1e30 throws the weights to the edge of float range in one update, so the next loss overflows.
        using var trainer = new Trainer(Small with { LearningRate = 1e30, WarmupSteps = 0, DivergenceLoss = 1e300, DivergencePatience = 10 });
        var error = Assert.Throws<TrainingDiverged>(() => trainer.Run(null))!;
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("training diverged at step "));
            Assert.That(trainer.Step, Is.LessThan(3));
            Assert.That(trainer.SkippedSteps, Is.Zero);
        });
    }
}
