using Verification.Properties.Support;

namespace Verification.Properties.Cli;

/// <summary>verify --help says what the gate does and what each argument is: a user learns the CI gate from it.</summary>
public class VerifyHelpTests
{
    [Test]
    public void Verify_help_describes_the_gate_and_its_arguments()
    {
        var help = CliRunner.Run("verify", "--help");
        Assert.Multiple(() =>
        {
            Assert.That(help.ExitCode, Is.Zero);
            Assert.That(help.Out, Does.Contain("Exit 1 when an established claim fails or was not checked: the CI gate."));
            Assert.That(help.Out, Does.Contain("an l1-results/2 file"));
            Assert.That(help.Out, Does.Contain("results.json"), "the default results file");
            Assert.That(help.Out, Does.Contain("folder of claims.*.json test evidence"));
        });
    }

    [Test]
    public void Verify_without_a_path_reads_results_json_in_the_current_folder()
    {
        var outcome = CliRunner.Run("verify");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(2));
            Assert.That(outcome.Error, Does.Contain("results.json"));
        });
    }
}
