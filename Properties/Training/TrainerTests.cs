using Verification.Training;

namespace Verification.Properties.Training;

/// <summary>
/// Training is a function of its options: a seed fixes every weight, an interrupted run resumed from its
/// checkpoint ends bit-identical to an uninterrupted one (also across the switch to the fine-tune stage),
/// and the fine-tune stage changes only what it says it changes.
/// </summary>
[Claim("TRAIN-1")]
public class TrainerTests
{
    static readonly TrainingOptions Small = SmallRun.Options;

    static float[] Trained(TrainingOptions options, string? folder = null, int stopAt = int.MaxValue, int? workers = null)
    {
        using var trainer = new Trainer(options, workers);
        using var stop = new CancellationTokenSource();
        trainer.Run(folder, p => { if (p.Step == stopAt) stop.Cancel(); }, stop.Token);
        return SmallRun.Parameters(trainer);
    }

    [Test]
    public void The_same_seed_gives_the_same_bits_and_another_seed_other_weights()
    {
        var first = Trained(Small);
        Assert.Multiple(() =>
        {
            Assert.That(Trained(Small), Is.EqualTo(first));
            Assert.That(Trained(Small with { Seed = 4 }), Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void Shards_give_the_same_bits_on_one_thread_and_on_several_and_one_shard_is_another_stream()
    {
        // Four shards of one network each: their gradients must add in shard order, not in the order they finish.
        var sharded = Small with { Shards = 4 };
        var alone = Trained(sharded, workers: 1);
        Assert.Multiple(() =>
        {
            Assert.That(Trained(sharded, workers: 2), Is.EqualTo(alone), "two threads");
            Assert.That(Trained(sharded, workers: 4), Is.EqualTo(alone), "four threads");
            Assert.That(Trained(Small with { Shards = 1 }), Is.Not.EqualTo(alone), "one shard draws from the step's generator");
        });
    }

    [Test]
    public void A_run_interrupted_in_the_main_stage_and_resumed_ends_with_the_same_bits()
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-train-").FullName;
        try
        {
            Trained(Small, folder, stopAt: Small.CheckpointInterval);
            var saved = Checkpoint.InFolder(folder);
            Assert.That(saved.Select(Path.GetFileName), Is.EqualTo(new[] { Checkpoint.FileName(Small.CheckpointInterval) }));
            using var resumed = Trainer.Resume(saved[0]);
            resumed.Run(null);
            Assert.Multiple(() =>
            {
                Assert.That(resumed.Step, Is.EqualTo(Small.TotalSteps));
                Assert.That(SmallRun.Parameters(resumed), Is.EqualTo(Trained(Small)));
            });
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Test]
    public void The_main_stage_warms_up_and_the_fine_tune_stage_follows_at_its_own_rate_and_balance()
    {
        using var trainer = new Trainer(Small with { LearningRate = 1e-2, FineTuneLearningRate = 1e-3, FineTuneBetaBalance = 0.5, DecayFraction = 0.5 });
        Assert.Multiple(() =>
        {
            Assert.That(trainer.LearningRateAt(0), Is.EqualTo(1e-2 / 4));
            Assert.That(trainer.LearningRateAt(2), Is.EqualTo(1e-2 * 3 / 4));
            Assert.That(trainer.LearningRateAt(3), Is.EqualTo(1e-2));
            Assert.That(trainer.LearningRateAt(19), Is.EqualTo(1e-2 * (1 - 0.9 * 9 / 10.0)).Within(1e-15));
            Assert.That(trainer.LearningRateAt(20), Is.EqualTo(1e-3));
            Assert.That(trainer.LearningRateAt(29), Is.EqualTo(1e-3 * (1 - 0.9 * 4 / 5.0)).Within(1e-15));
            Assert.That(trainer.BetaBalanceAt(19), Is.EqualTo(0));
            Assert.That(trainer.BetaBalanceAt(20), Is.EqualTo(0.5));
        });
    }

    [Test]
    public void The_beta_weight_is_one_without_balance_and_favours_low_beta_with_it()
    {
        using var beta = TorchSharp.torch.tensor(new[] { 1e-6f, 1e-4f, 1e-2f });
        using var plain = TrainingLoss.BetaWeight(beta, 1e-6, 1e-2, 0);
        using var balanced = TrainingLoss.BetaWeight(beta, 1e-6, 1e-2, 0.5);
        Assert.Multiple(() =>
        {
            Assert.That(plain.data<float>().ToArray(), Is.EqualTo(new[] { 1f, 1f, 1f }));
            Assert.That(balanced.data<float>().ToArray(), Is.EqualTo(new[] { 10f, 1f, 0.1f }).Within(1e-5));
        });
    }

    [Test]
    public void Only_the_fine_tune_stage_depends_on_the_fine_tune_options()
    {
        // A run with any fine-tune options passes through exactly the same main-stage weights, so the
        // main-stage checkpoints of runs that differ only in their fine-tune can be compared step by step.
        var mainOnly = Small with { FineTuneSteps = 0 };
        var other = Small with { FineTuneLearningRate = 3e-3, FineTuneBetaBalance = 1 };
        Assert.Multiple(() =>
        {
            Assert.That(Trained(other, stopAt: Small.Steps), Is.EqualTo(Trained(mainOnly)));
            Assert.That(Trained(Small with { FineTuneBetaBalance = 1 }), Is.Not.EqualTo(Trained(Small with { FineTuneBetaBalance = 0 })));
        });
    }

    [Test]
    public void The_fine_tune_stage_draws_its_n_from_its_own_dimensions_and_leaves_the_main_stage_alone()
    {
        var larger = Small with { FineTuneDimensions = [5, 6] };
        var drawn = new List<(int Step, int N)>();
        using (var trainer = new Trainer(larger)) trainer.Run(null, p => drawn.Add((p.Step, p.Dimension)));
        Assert.Multiple(() =>
        {
            Assert.That(drawn.Where(d => d.Step <= Small.Steps).Select(d => d.N), Is.All.AnyOf(2, 3, 4), "main stage");
            Assert.That(drawn.Where(d => d.Step > Small.Steps).Select(d => d.N), Is.All.AnyOf(5, 6), "fine-tune stage");
            Assert.That(Trained(larger, stopAt: Small.Steps), Is.EqualTo(Trained(Small with { FineTuneSteps = 0 })));
            Assert.That(Trained(Small with { FineTuneDimensions = Small.Dimensions }), Is.EqualTo(Trained(Small)), "no list of its own: the main stage's");
        });
    }
}
