using FsCheck;
using FsCheck.NUnit;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Training;

namespace Verification.Properties.Cli;

/// <summary>
/// Every command that reads a file, given any damage to a valid network (JSON, PyTorch, safetensors), results, checkpoint or
/// test evidence file, exits with 0 (or verify's 1) or with 2, prints at most one line on stderr and never a stack trace, and leaves
/// no output behind when it refuses. A PyTorch or safetensors file of another architecture, with a hostile pickle, a lying
/// header or lying archive sizes is always refused. In-process through the command line, 1000 cases per kind.
/// </summary>
[Claim("CLI-1")]
public class DamagedFileProperties
{
    static string folder = "";
    static byte[] network = [], results = [], checkpoint = [];

    [OneTimeSetUp]
    public void WriteValidFiles()
    {
        folder = Directory.CreateTempSubdirectory("l1verify-damaged-").FullName;
        network = File.ReadAllBytes(Write("network.json", NetworkJson.Serialize(Verification.Algorithms.DoubleSided.Encode(2, 10))));
        results = System.Text.Encoding.UTF8.GetBytes(ResultsJson.Serialize(SampleResults.Create()));
        // A hypernetwork of width 2: every field of a real checkpoint, a few hundred bytes to parse.
        using var trainer = new Trainer(new TrainingOptions { Width = 2, TokenSize = 1, Steps = 1, FineTuneSteps = 0 });
        checkpoint = trainer.Capture().ToBytes();
        ResultsJson.Write(SampleResults.Create(), Path.Combine(folder, "valid-results.json"));
        Directory.CreateDirectory(Path.Combine(folder, "evidence"));
    }

    const string Evidence = """{"assembly":"Verification.Properties","tests":[{"name":"T.A","claims":["ENC-1","CLI-1"],"outcome":"Passed"},{"name":"T.B","claims":["ENC-2"],"outcome":"Failed"}]}""";

    [OneTimeTearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    static string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs each command on the damaged file; a failure names the damage, the command and what went wrong.</summary>
    static void AssertHandled(FileMutation damage, string name, params string[][] commands) => Check(damage, name, null, commands);

    /// <summary>As AssertHandled, for damage that leaves no valid network: every command must refuse it (exit 2).</summary>
    static void AssertRefused(FileMutation damage, string name, params string[][] commands) => Check(damage, name, [2], commands);

    static void Check(FileMutation damage, string name, int[]? required, string[][] commands)
    {
        var input = Path.Combine(folder, name);
        File.WriteAllBytes(input, damage.Bytes);
        var output = Path.Combine(folder, "out");
        foreach (var command in commands)
        {
            var args = command.Select(a => a.Replace("{in}", input).Replace("{out}", output).Replace("{folder}", folder)).ToArray();
            CliRunner.Outcome outcome;
            try { outcome = CliRunner.Run(args); }
            catch (Exception e) { throw new AssertionException($"{damage.Description}: {string.Join(' ', command)} threw {e.GetType().Name}: {e.Message}"); }
            var lines = outcome.Error.TrimEnd('\n').Split('\n');
            var allowed = required ?? (command[0] == "verify" ? [0, 1, 2] : [0, 2]);
            var what = $"{damage.Description}: {string.Join(' ', command)} exited {outcome.ExitCode} with {outcome.Error}";
            if (!allowed.Contains(outcome.ExitCode)) throw new AssertionException(what);
            if (outcome.ExitCode == 2 && (lines.Length != 1 || !lines[0].StartsWith("error: ", StringComparison.Ordinal))) throw new AssertionException(what);
            if (outcome.Error.Contains("Exception") || outcome.Error.Contains("   at ")) throw new AssertionException(what);
            if (outcome.ExitCode == 2 && File.Exists(output)) throw new AssertionException($"{what}; and left {output} behind");
            File.Delete(output);
        }
    }

    static readonly string[][] NetworkReaders = [["classify", "{in}", "--json"], ["check", "{in}", "--samples", "100", "--json"]];

    /// <summary>For damage that must be refused, one reader: both read through the same path (Cli/NetworkArguments.cs).</summary>
    static readonly string[][] Classify = [NetworkReaders[0]];

    [Property(MaxTest = 1000)]
    public void A_damaged_network_file_is_read_or_refused_in_one_line(int seed) =>
        AssertHandled(FileMutation.OfJson(System.Text.Encoding.UTF8.GetString(network), seed), "network.json",
            NetworkReaders);

    [Property(MaxTest = 1000)]
    public void A_damaged_pytorch_file_is_read_or_refused_in_one_line(int seed) =>
        AssertHandled(TensorFileMutation.OfBytes(pytorch: true, seed), "network.pt", NetworkReaders);

    [Property(MaxTest = 1000)]
    public void A_damaged_safetensors_file_is_read_or_refused_in_one_line(int seed) =>
        AssertHandled(TensorFileMutation.OfBytes(pytorch: false, seed), "network.safetensors", NetworkReaders);

    [Property(MaxTest = 1000)]
    public void A_state_dict_of_another_architecture_is_refused_in_one_line(int seed) =>
        AssertRefused(TensorFileMutation.OfArchitecture(seed), "network.pt", Classify);

    [Property(MaxTest = 1000)]
    public void A_pickle_that_calls_or_constructs_anything_is_refused_in_one_line(int seed) =>
        AssertRefused(TensorFileMutation.OfPickle(seed), "network.pt", Classify);

    [Property(MaxTest = 1000)]
    public void A_safetensors_file_with_a_lying_header_is_refused_in_one_line(int seed) =>
        AssertRefused(TensorFileMutation.OfHeader(seed), "network.safetensors", Classify);

    [Property(MaxTest = 1000)]
    public void An_archive_whose_declared_sizes_lie_is_refused_in_one_line(int seed) =>
        AssertRefused(TensorFileMutation.OfDeclaredSize(seed), "network.pt", Classify);

    [Property(MaxTest = 1000)]
    public void A_damaged_results_file_is_read_or_refused_in_one_line(int seed) =>
        AssertHandled(FileMutation.OfJson(System.Text.Encoding.UTF8.GetString(results), seed), "results.json",
            ["verify", "{in}"], ["report", "{in}", "--out", "{out}"]);

    [Property(MaxTest = 1000)]
    public void A_damaged_checkpoint_is_read_or_refused_in_one_line(int seed) =>
        AssertHandled(FileMutation.OfCheckpoint(checkpoint, seed), "damaged.l1hyper",
            ["generate", "--n", "2", "--beta", "1e-4", "--checkpoint", "{in}", "--out", "{out}"]);

    [Property(MaxTest = 1000)]
    public void A_damaged_test_evidence_file_is_read_or_refused_in_one_line(int seed) =>
        AssertHandled(FileMutation.OfJson(Evidence, seed), "evidence/claims.x.json",
            ["verify", "{folder}/valid-results.json", "--tests", "{folder}/evidence"]);
}
