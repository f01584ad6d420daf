using System.Diagnostics;
using Verification.Training;

namespace Verification.Properties.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM during train save a checkpoint and exit with 128 + the signal, not with the
/// bad-input code 2. A real process, since a signal reaches a whole process.
/// </summary>
[Claim("CLI-1")]
public class InterruptTests
{
    static int Kill(int pid, int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", $"{pid}"]);
        kill.WaitForExit();
        return kill.ExitCode;
    }

    [TestCase(2, 130, TestName = "Ctrl-C saves a checkpoint and exits 130")]
    [TestCase(15, 143, TestName = "SIGTERM saves a checkpoint and exits 143")]
    public void A_signal_during_training_saves_a_checkpoint(int signal, int exitCode)
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-signal-").FullName;
        try
        {
            // Through env: a test run started in the background (`cmd &` in a script) inherits SIGINT as ignored,
            // and an ignored signal stays ignored across exec; env restores the default so the tool's handler counts.
            var start = new ProcessStartInfo("env")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            foreach (var arg in new[] { "--default-signal=INT,TERM", Path.Combine(AppContext.BaseDirectory, "l1verify"), "train", "--steps", "100000", "--fine-tune-steps", "0", "--interval", "100000",
                         "--out", Path.Combine(folder, "run.l1hyper"), "--checkpoints", Path.Combine(folder, "run") })
                start.ArgumentList.Add(arg);
            start.Environment["CI"] = "1";
            using var process = Process.Start(start)!;
            string error;
            try
            {
                // The first progress line comes after the first step: the handlers are installed by then.
                var line = process.StandardOutput.ReadLine();
                while (line is not null && !line.StartsWith("training:", StringComparison.Ordinal)) line = process.StandardOutput.ReadLine();
                Assert.That(line, Is.Not.Null, "training started");
                Assert.That(Kill(process.Id, signal), Is.Zero);
                Assert.That(process.WaitForExit(60_000), Is.True, "stopped within a minute");
                error = process.StandardError.ReadToEnd();
            }
            finally
            {
                // A signal that was ignored would leave a 100,000-step run behind on a shared machine.
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
            Assert.Multiple(() =>
            {
                Assert.That(process.ExitCode, Is.EqualTo(exitCode), error);
                Assert.That(error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), error);
                Assert.That(error, Does.StartWith("interrupted at step "));
                Assert.That(Checkpoint.InFolder(Path.Combine(folder, "run")), Has.Length.EqualTo(1), "a checkpoint was saved");
            });
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
