using System.Text.Json;
using Verification.Properties.Support;
using Verification.Vocabulary;

namespace Verification.Properties.Cli;

/// <summary>encode, classify and check, end to end through files, as a user runs them.</summary>
[Claim("CLI-2")]
public class CommandTests
{
    string folder = "";

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("l1verify-cli-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    static readonly TestCaseData[] Encodings =
    [
        new(AlgorithmLabel.DoubleSided, true), new(AlgorithmLabel.PositivePudding, true), new(AlgorithmLabel.NegativePudding, true),
        new(AlgorithmLabel.MixedPudding, true), new(AlgorithmLabel.Convexity, false),
    ];

    [TestCaseSource(nameof(Encodings))]
    public void Encoded_networks_classify_as_themselves_and_check_as_expected(AlgorithmLabel algorithm, bool passes)
    {
        var path = Path.Combine(folder, "net.json");
        Assert.That(CliRunner.Run("encode", "--algorithm", algorithm.Name, "--n", "6", "--out", path).ExitCode, Is.Zero);

        var classify = CliRunner.Run("classify", path, "--json");
        using var label = JsonDocument.Parse(classify.Out);
        Assert.That(label.RootElement.GetProperty("algorithm").GetString(), Is.EqualTo(algorithm.Name));
        Assert.That(label.RootElement.GetProperty("orderParameters").GetProperty("inputs").GetInt32(), Is.EqualTo(6));

        var check = CliRunner.Run("check", path, "--json");
        using var result = JsonDocument.Parse(check.Out);
        Assert.Multiple(() =>
        {
            Assert.That(check.ExitCode, Is.Zero, "a failed check is a result, not an error");
            Assert.That(result.RootElement.GetProperty("pass").GetBoolean(), Is.EqualTo(passes));
            Assert.That(result.RootElement.GetProperty("maxAbsError").GetDouble(), Is.GreaterThanOrEqualTo(0));
            Assert.That(result.RootElement.GetProperty("r2").GetDouble(), Is.GreaterThan(0.5));
        });
    }

    [Test]
    public void A_tighter_tolerance_turns_a_pass_into_a_fail()
    {
        var path = Path.Combine(folder, "net.json");
        CliRunner.Run("encode", "--algorithm", "double-sided", "--n", "4", "--k", "10", "--out", path);
        using var loose = JsonDocument.Parse(CliRunner.Run("check", path, "--json", "--tolerance", "0.05").Out);
        using var tight = JsonDocument.Parse(CliRunner.Run("check", path, "--json", "--tolerance", "0.0001").Out);
        Assert.That(loose.RootElement.GetProperty("pass").GetBoolean(), Is.True);
        Assert.That(tight.RootElement.GetProperty("pass").GetBoolean(), Is.False);
    }

    [Test]
    public void The_algorithms_summary_recovers_every_encoded_network()
    {
        var result = CliRunner.Run("algorithms", "--n", "3", "8");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Out, Does.Contain("classifier recovered 10 of 10"));
    }
}
