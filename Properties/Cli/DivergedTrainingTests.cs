using Verification.Properties.Support;
using Verification.Training;

namespace Verification.Properties.Cli;

/// <summary>A run that diverges exits 3, not 2: the command was right, the run was not (README, "Exit codes").</summary>
[Claim("CLI-1")]
public class DivergedTrainingTests
{
    [Test]
    public void Training_that_diverges_exits_with_its_own_code()
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-diverged-").FullName;
        try
        {
            var run = Directory.CreateDirectory(Path.Combine(folder, "run")).FullName;
            using (var trainer = new Trainer(new TrainingOptions { Steps = 5, FineTuneSteps = 0, CheckpointInterval = 1 }))
            {
                // The same run's start with every weight a million times larger: its first loss is far past DivergenceLoss.
                var start = trainer.Capture();
                var blown = start with
                {
                    Tensors = start.Tensors.Select(t => (t.Name, t.Shape, t.Name.StartsWith("adam.", StringComparison.Ordinal) ? t.Values : t.Values.Select(v => v * 1e6f).ToArray())).ToArray(),
                };
                blown.Save(Path.Combine(run, Checkpoint.FileName(0)));
            }
            var outcome = CliRunner.Run("train", "--steps", "5", "--fine-tune-steps", "0", "--interval", "1",
                "--out", Path.Combine(folder, "run.l1hyper"), "--checkpoints", run);
            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(3), outcome.Error);
                Assert.That(outcome.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), outcome.Error);
                Assert.That(outcome.Error, Does.StartWith("error: training diverged at step 1 "));
                Assert.That(File.Exists(Path.Combine(folder, "run.l1hyper")), Is.False, "no final checkpoint");
            });
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
