using Verification.Cli;
using Verification.Cli.Commands;
using Verification.Study;

namespace Verification.Properties.Cli;

/// <summary>
/// sweep runs the stages its options name and no others, so that `sweep --checkpoints none` spends no time on
/// the extended run or the Adam baselines it did not ask for; reproduce runs every stage.
/// </summary>
public class SweepPlanTests
{
    [Test]
    public void Checkpoints_none_sweeps_the_final_checkpoint_alone()
    {
        var plan = ReproduceCommand.SweepPlan(null, "none", null, baseline: false);
        Assert.Multiple(() =>
        {
            Assert.That(plan.FinalCheckpoint, Is.EqualTo(ShippedCheckpoints.Shipped));
            Assert.That(plan.TrainingCheckpoints, Is.Empty);
            Assert.That(plan.ExtendedCheckpoint, Is.Null, "the extended run");
            Assert.That(plan.Baseline, Is.False, "the Adam baselines");
        });
    }

    [Test]
    public void By_default_sweep_covers_the_shipped_run_with_its_checkpoints_and_extended_run_but_no_baseline()
    {
        var plan = ReproduceCommand.SweepPlan(null, null, null, baseline: false);
        Assert.Multiple(() =>
        {
            Assert.That(plan.TrainingCheckpoints, Has.Count.EqualTo(20));
            Assert.That(plan.ExtendedCheckpoint, Is.EqualTo(ShippedCheckpoints.Extended));
            Assert.That(plan.Landscape, Is.EqualTo(ShippedCheckpoints.Landscape));
            Assert.That(plan.Baseline, Is.False);
        });
    }

    [Test]
    public void Another_checkpoint_has_no_training_checkpoints_extended_run_or_landscape_unless_named()
    {
        // A copy of the shipped file under another name: sweep cannot know it is the shipped run.
        var plan = ReproduceCommand.SweepPlan(ShippedCheckpoints.Shipped, null, null, baseline: false);
        var named = ReproduceCommand.SweepPlan(ShippedCheckpoints.Shipped, "none", ShippedCheckpoints.Extended, baseline: true);
        Assert.Multiple(() =>
        {
            Assert.That(plan.TrainingCheckpoints, Is.Empty);
            Assert.That(plan.ExtendedCheckpoint, Is.Null);
            Assert.That(plan.Landscape, Is.Null);
            Assert.That(named.ExtendedCheckpoint, Is.EqualTo(ShippedCheckpoints.Extended));
            Assert.That(named.Baseline, Is.True);
        });
    }

    [Test]
    public void Landscape_names_the_landscape_for_any_checkpoint_or_none()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReproduceCommand.SweepPlan(ShippedCheckpoints.Shipped, "none", null, false, ShippedCheckpoints.Landscape).Landscape, Is.EqualTo(ShippedCheckpoints.Landscape));
            Assert.That(ReproduceCommand.SweepPlan(null, null, null, false, "none").Landscape, Is.Null);
            Assert.That(() => ReproduceCommand.SweepPlan(null, null, null, false, "/missing/landscape.json"),
                Throws.TypeOf<Verification.Errors.BadInputException>().With.Message.EqualTo("landscape file /missing/landscape.json does not exist"));
        });
    }

    [Test]
    public void Extended_none_skips_the_extended_run_alone()
    {
        var plan = ReproduceCommand.SweepPlan(null, null, "none", baseline: true);
        Assert.Multiple(() =>
        {
            Assert.That(plan.TrainingCheckpoints, Has.Count.EqualTo(20));
            Assert.That(plan.ExtendedCheckpoint, Is.Null);
            Assert.That(plan.Baseline, Is.True);
        });
    }

    [Test]
    public void Reproduce_runs_every_stage()
    {
        var plan = ReproduceCommand.ShippedPlan();
        Assert.Multiple(() =>
        {
            Assert.That(plan.TrainingCheckpoints, Has.Count.EqualTo(20));
            Assert.That(plan.ExtendedCheckpoint, Is.EqualTo(ShippedCheckpoints.Extended));
            Assert.That(plan.Landscape, Is.EqualTo(ShippedCheckpoints.Landscape));
            Assert.That(plan.Baseline, Is.True);
        });
    }
}
