using Verification.Properties.Support;
using System.Text.Json.Nodes;
using Verification.Results;
using Verification.Training;

namespace Verification.Properties.Cli;

/// <summary>Bad input: one line on stderr naming the problem, exit code 2, no stack trace, nothing written.</summary>
[Claim("CLI-1")]
public class BadInputTests
{
    string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Directory.CreateTempSubdirectory("l1verify-bad-input-").FullName;
        File.WriteAllText(Path.Combine(folder, "malformed.json"), "{ \"format\": ");
        File.WriteAllText(Path.Combine(folder, "foreign.json"), """{"format":"onnx","inputs":1,"hidden":1,"activation":"swish","W":[[1]],"b":[0],"v":[1],"c":0}""");
        File.WriteAllText(Path.Combine(folder, "shape.json"), """{"format":"l1-mlp/1","inputs":2,"hidden":1,"activation":"swish","W":[[1]],"b":[0],"v":[1],"c":0}""");
        File.WriteAllText(Path.Combine(folder, "nan.json"), """{"format":"l1-mlp/1","inputs":1,"hidden":1,"activation":"swish","W":[[NaN]],"b":[0],"v":[1],"c":0}""");
        File.WriteAllText(Path.Combine(folder, "infinite.json"), """{"format":"l1-mlp/1","inputs":1,"hidden":1,"activation":"swish","W":[[1e999]],"b":[0],"v":[1],"c":0}""");
        File.WriteAllText(Path.Combine(folder, "zero-inputs.json"), """{"format":"l1-mlp/1","inputs":0,"hidden":1,"activation":"swish","W":[[]],"b":[0],"v":[1],"c":0}""");
        File.WriteAllText(Path.Combine(folder, "huge-weights.json"), """{"format":"l1-mlp/1","inputs":1,"hidden":1,"activation":"swish","W":[[1e300]],"b":[0],"v":[1e300],"c":0}""");
        // Valid and small on disk (2.4 MB), but a check of it would ask torch for 30 GB.
        File.WriteAllText(Path.Combine(folder, "wide.json"),
            $$"""{"format":"l1-mlp/1","inputs":400000,"hidden":1,"activation":"swish","W":[[{{string.Join(',', Enumerable.Repeat("0.001", 400_000))}}]],"b":[0],"v":[1],"c":0}""");
        File.WriteAllText(Path.Combine(folder, "too-many-weights.json"), """{"format":"l1-mlp/1","inputs":2000000,"hidden":3,"activation":"swish","W":[],"b":[0],"v":[1],"c":0}""");
        var results = ClaimOnlyResults.With();
        ResultsJson.Write(results, Path.Combine(folder, "results.json"));
        ResultsJson.Write(results with { Claims = results.Claims.Where(c => c.Id != "DISC-2").ToArray() }, Path.Combine(folder, "results-without-a-claim.json"));
        File.WriteAllText(Path.Combine(folder, "results-v1.json"), """{"format":"l1-results/1"}""");
        WriteChanged(results, "results-null-check.json", json => json["networks"] = new JsonArray(new JsonObject { ["check"] = null }));
        WriteChanged(results, "results-maybe.json", json => json["claims"]![0]!["verdict"] = "maybe");
        WriteChanged(SampleResults.Create(), "results-moon.json", json => json["networks"]![0]!["check"]!["domain"] = "moon");
        WriteChanged(SampleResults.Create(), "results-repeated.json", json => json["networks"]!.AsArray().Add(json["networks"]![0]!.DeepClone()));
        File.WriteAllBytes(Path.Combine(folder, "no-options.l1hyper"), new Checkpoint(null!, 0, 0, []).ToBytes());
        using (var trainer = new Trainer(new TrainingOptions { Width = 2, TokenSize = 1, Steps = 1, FineTuneSteps = 0 }))
        {
            var saved = trainer.Capture();
            File.WriteAllBytes(Path.Combine(folder, "renamed.l1hyper"), (saved with { Tensors = saved.Tensors.Select(t => (t.Name + "-renamed", t.Shape, t.Values)).ToArray() }).ToBytes());
        }
        Directory.CreateDirectory(Path.Combine(folder, "damaged-run"));
        File.WriteAllText(Path.Combine(folder, "damaged-run", Checkpoint.FileName(1)), "not a checkpoint");
        Directory.CreateDirectory(Path.Combine(folder, "odd-evidence"));
        File.WriteAllText(Path.Combine(folder, "odd-evidence", "claims.x.json"), """{"assembly":"x","tests":[{"name":"t","claims":["ENC-1"],"outcome":"Maybe"}]}""");
    }

    void WriteChanged(RunResults results, string name, Action<JsonNode> change)
    {
        var json = JsonNode.Parse(ResultsJson.Serialize(results))!;
        change(json);
        File.WriteAllText(Path.Combine(folder, name), json.ToJsonString());
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("classify {0}/missing.json", "does not exist").SetName("missing file");
        yield return new TestCaseData("classify {0}/malformed.json", "not valid JSON").SetName("malformed JSON");
        yield return new TestCaseData("check {0}/foreign.json", "format \"onnx\"").SetName("wrong format tag");
        yield return new TestCaseData("classify {0}/shape.json", "W[0] has 1 numbers but inputs is 2").SetName("shape mismatch");
        yield return new TestCaseData("check {0}/nan.json", "not valid JSON").SetName("NaN weight");
        yield return new TestCaseData("check {0}/infinite.json", "W[0][0]").SetName("infinite weight");
        yield return new TestCaseData("classify {0}/zero-inputs.json", "inputs must be at least 1").SetName("file with n < 1");
        yield return new TestCaseData("encode --algorithm double-sided --n 0 --out {0}/net.json", "n must be at least 1").SetName("encode n < 1");
        yield return new TestCaseData("encode --algorithm double-sided --n abc --out {0}/net.json", "abc").SetName("non-numeric n");
        yield return new TestCaseData("encode --algorithm double-sided --n 3 --k -1 --out {0}/net.json", "k must be a positive number").SetName("negative k");
        yield return new TestCaseData("encode --algorithm triple-sided --n 3 --out {0}/net.json", "triple-sided").SetName("unknown algorithm");
        yield return new TestCaseData("encode --algorithm mixed-pudding --n 1 --out {0}/net.json", "mixed pudding needs n >= 2").SetName("mixed pudding with one input");
        yield return new TestCaseData("encode --algorithm double-sided --n 3 --out {0}/no/such/folder/net.json", "cannot write").SetName("unwritable output");
        yield return new TestCaseData("check {0}/ok.json --samples many", "many").SetName("non-numeric samples");
        yield return new TestCaseData("check {0}/ok.json --tolerance -0.1", "tolerance must be a positive number").SetName("negative tolerance");
        yield return new TestCaseData("check {0}/ok.json --domain box:-2", "unknown domain").SetName("bad domain");
        yield return new TestCaseData("frobnicate", "frobnicate").SetName("unknown command");
        yield return new TestCaseData("check {0}/huge-weights.json --json", "overflow float64").SetName("check of weights near the float64 limit");
        yield return new TestCaseData("check {0}/ok.json --domain box:1e300", "overflow float64").SetName("check on a domain near the float64 limit");
        yield return new TestCaseData("check {0}/ok.json --samples 1000000000", "the limit is 4 GB").SetName("check with a billion samples");
        yield return new TestCaseData("check {0}/wide.json", "the limit is 4 GB").SetName("check of a network with 400000 inputs");
        yield return new TestCaseData("classify {0}/too-many-weights.json", "networks of up to 4000000").SetName("network file past the weight limit");
        yield return new TestCaseData("encode --algorithm convexity --n 100000 --out {0}/net.json", "at most 1024").SetName("encode n past the limit");
        yield return new TestCaseData("algorithms --n 100000", "at most 1024").SetName("algorithms n past the limit");
        yield return new TestCaseData("baseline --n 100000 --out {0}/net.json", "n must be between 1 and 256").SetName("baseline n past the limit");
        yield return new TestCaseData("amortisation --seeds 100000000", "the limit is 4 GB").SetName("amortisation with 1e8 networks per level");
        yield return new TestCaseData("l1research hyper-experiment --seeds 10000000", "the limit is 4 GB").SetName("hyper-experiment with 1e7 networks per level");
        yield return new TestCaseData("l1research hyper-experiment --steps 1 --folder {0}/ok.json", "is a file, not a folder").SetName("hyper-experiment into a file for the checkpoint folder");
        yield return new TestCaseData("l1research hyper-experiment --evaluate {0}/no-options.l1hyper", "$.Options").SetName("hyper-experiment of a checkpoint whose header has no options");
        yield return new TestCaseData("l1research frobnicate", "frobnicate").SetName("unknown research command");
        yield return new TestCaseData("hyper-experiment --seeds 1", "hyper-experiment").SetName("research command asked of l1verify");
        yield return new TestCaseData("report {0}/missing.json --out {0}/report.html", "does not exist").SetName("report of a missing results file");
        yield return new TestCaseData("report {0}/malformed.json --out {0}/report.html", "not valid JSON").SetName("report of malformed results");
        yield return new TestCaseData("report {0}/results-v1.json --out {0}/report.html", "format \"l1-results/1\"").SetName("report of another schema version");
        yield return new TestCaseData("report {0}/results-without-a-claim.json --out {0}/report.html", "no verdict for claim DISC-2").SetName("report of results missing a claim");
        yield return new TestCaseData("report {0}/results.json --out {0}/no/such/folder/report.html", "cannot write").SetName("report to an unwritable path");
        yield return new TestCaseData("verify {0}/results-without-a-claim.json", "no verdict for claim DISC-2").SetName("verify of results missing a claim");
        yield return new TestCaseData("report {0}/results-null-check.json --out {0}/report.html", "networks[0].check").SetName("report of results with a null check");
        yield return new TestCaseData("verify {0}/results-maybe.json", "claims[0].verdict is \"maybe\"").SetName("verify of an unknown verdict");
        yield return new TestCaseData("report {0}/results-moon.json --out {0}/report.html", "networks[0].check.domain is \"moon\"").SetName("report of a check on an unknown domain");
        yield return new TestCaseData("report {0}/results-repeated.json --out {0}/report.html", "repeats networks[0]").SetName("report of a network listed twice");
        yield return new TestCaseData("verify {0}/results.json --tests {0}/odd-evidence", "outcome is \"Maybe\"").SetName("verify with an unknown test outcome");
        yield return new TestCaseData("verify {0}/results.json --tests {0}/ok.json", "is a file, not a folder").SetName("verify with a file for the evidence folder");
        yield return new TestCaseData("generate --n 4 --beta 1e-4 --checkpoint {0}/no-options.l1hyper --out {0}/net.json", "$.Options").SetName("checkpoint whose header has no options");
        yield return new TestCaseData("generate --n 4 --beta 1e-4 --checkpoint {0} --out {0}/net.json", "is a folder, not a file").SetName("generate from a folder");
        yield return new TestCaseData("generate --n 4 --beta 1e-4 --checkpoint {0}/renamed.l1hyper --out {0}/net.json", "{0}/renamed.l1hyper: checkpoint has no tensor").SetName("generate from a checkpoint whose tensors have other names");
        yield return new TestCaseData("generate --n 4 --beta 0.0100001 --out {0}/net.json", "beta 0.0100001 is outside").SetName("generate just past the trained range");
        yield return new TestCaseData("train --checkpoints {0}/ok.json --steps 1 --fine-tune-steps 0 --out {0}/net.json", "is a file, not a folder").SetName("train into a file for the checkpoint folder");
        yield return new TestCaseData("check {0}/ok.json --tolerance 0,02", "--tolerance 0,02 is not a number").SetName("check with a decimal comma");
        yield return new TestCaseData("landscape --betas 1e-4 1,5e-3 --out {0}/l.json", "--betas 1,5e-3 is not a number").SetName("landscape with a comma in one of its betas");
        yield return new TestCaseData("train --shards 3 --steps 1 --fine-tune-steps 0 --out {0}/net.l1hyper", "shards must be at least 1 and divide the 32 networks per step, got 3").SetName("train in shards that do not divide the networks");
        yield return new TestCaseData("train --shards 0 --steps 1 --fine-tune-steps 0 --out {0}/net.l1hyper", "shards must be at least 1").SetName("train in no shards");
        yield return new TestCaseData("sweep --checkpoints {0}/typo --out {0}/net.json", "checkpoint folder {0}/typo does not exist").SetName("sweep of a missing checkpoint folder");
        yield return new TestCaseData("sweep --checkpoints none --extended {0}/typo.l1hyper --out {0}/net.json", "checkpoint {0}/typo.l1hyper does not exist").SetName("sweep of a missing extended run");
        yield return new TestCaseData("reproduce --out {0}/no/such/folder/results.json --report {0}/report.html", "cannot write").SetName("reproduce to an unwritable results path");
        yield return new TestCaseData("reproduce --out {0}/net.json --report {0}", "it is a folder").SetName("reproduce with a folder for the report");
        yield return new TestCaseData("reproduce --from-scratch --work {0}/work --out {0}/no/such/folder/results.json", "cannot write").SetName("reproduce from scratch to an unwritable results path");
        yield return new TestCaseData("sweep --checkpoints {0}/damaged-run --out {0}/net.json", "step-0000001.l1hyper is not a hypernetwork checkpoint").SetName("sweep of a folder with a damaged checkpoint");
    }

    [TestCaseSource(nameof(Cases))]
    public void Is_refused_in_one_line_with_exit_code_2(string command, string expected)
    {
        CliRunner.Run("encode", "--algorithm", "double-sided", "--n", "2", "--out", Path.Combine(folder, "ok.json"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var words = string.Format(command, folder).Split(' ');
        var result = words[0] == "l1research" ? CliRunner.RunResearch(words[1..]) : CliRunner.Run(words);
        Assert.Multiple(() =>
        {
            // Before the work: a sweep takes about a minute and training from scratch eight.
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)), "refused before the work");
            Assert.That(result.Out, Is.Empty, "refused before the work printed anything (a progress line)");
            Assert.That(Directory.Exists(Path.Combine(folder, "work")), Is.False, "no work folder left behind");
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error.TrimEnd('\n').Split('\n'), Has.Length.EqualTo(1), result.Error);
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain(string.Format(expected, folder)));
            Assert.That(result.Error, Does.Not.Contain("Exception"), "no stack trace");
            Assert.That(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName),
                Has.None.EqualTo("net.json").And.None.EqualTo("report.html").And.None.EndsWith(".tmp"), "nothing written");
        });
    }

    [Test]
    public void Train_refuses_options_that_contradict_the_run_it_would_resume()
    {
        string[] Train(int steps, int fineTuneSteps) =>
            ["train", "--steps", $"{steps}", "--fine-tune-steps", $"{fineTuneSteps}", "--interval", "1",
             "--out", Path.Combine(folder, "run.l1hyper"), "--checkpoints", Path.Combine(folder, "run")];
        Assert.That(CliRunner.Run(Train(2, 1)).ExitCode, Is.Zero);
        var shorter = CliRunner.Run(Train(2, 0));
        var otherMainStage = CliRunner.Run(Train(3, 1));
        Assert.Multiple(() =>
        {
            Assert.That(shorter.ExitCode, Is.EqualTo(2));
            Assert.That(shorter.Error, Does.Contain("already at step 3"));
            Assert.That(otherMainStage.ExitCode, Is.EqualTo(2));
            Assert.That(otherMainStage.Error, Does.Contain("a run with --steps 2, not 3"));
        });
    }
}
