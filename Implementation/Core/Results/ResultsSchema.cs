using Verification.Classifier;
using Verification.Errors;
using Verification.Networks;
using Verification.Vocabulary;

namespace Verification.Results;

/// <summary>
/// What the deserializer cannot see in an <c>l1-results/2</c> file: values outside their enumerations
/// (a verdict "maybe" would print PASS), numbers outside their ranges, and gallery networks that are not
/// valid networks. Every refusal names the file and the field (Spec/results-format.md).
/// </summary>
public static class ResultsSchema
{
    public static readonly IReadOnlyList<string> Verdicts = Terms.Names<Verdict>();
    public static readonly IReadOnlyList<string> Sources = Terms.Names<NetworkSource>();
    public static readonly IReadOnlyList<string> Labels = Terms.Names<AlgorithmLabel>();
    public static readonly IReadOnlyList<string> Groups = ["trained", "held-out", "larger"];
    public static readonly IReadOnlyList<string> Statuses = Terms.Names<ClaimStatus>();

    public static void Validate(RunResults results, string source)
    {
        void Fail(string field, string problem) => throw new BadInputException($"{source}: {field} {problem}");
        void OneOf(string? value, IReadOnlyList<string> allowed, string field)
        {
            if (value is null || !allowed.Contains(value))
                Fail(field, $"is \"{value}\"; expected one of {string.Join(", ", allowed)}");
        }
        void Finite(double? value, string field)
        {
            if (value is { } x && !double.IsFinite(x)) Fail(field, "is not a finite number");
        }
        void AtLeast(long value, long least, string field)
        {
            if (value < least) Fail(field, $"is {value}; it must be at least {least}");
        }

        // The deserializer checks properties for null, not the items of a list.
        void NoNullItems<T>(IEnumerable<T?> items, string field)
        {
            var k = 0;
            foreach (var item in items)
            {
                if (item is null) Fail($"{field}[{k}]", "is null");
                k++;
            }
        }
        NoNullItems(results.Networks, "networks");
        NoNullItems(results.Gallery, "gallery");
        NoNullItems(results.Claims, "claims");
        NoNullItems(results.Sweep.Dimensions, "sweep.dimensions");
        NoNullItems(results.Run.Tools.Values, "run.tools");
        for (var i = 0; i < results.Claims.Count; i++) NoNullItems(results.Claims[i].Evidence, $"claims[{i}].evidence");

        // What identifies an entry must not repeat: the report indexes by it, and two verdicts for one claim leave it undecided.
        void Unique<T, TKey>(IReadOnlyList<T> items, Func<T, TKey> key, string field, string what) where TKey : notnull
        {
            var seen = new Dictionary<TKey, int>();
            for (var k = 0; k < items.Count; k++)
                if (!seen.TryAdd(key(items[k]), k)) Fail($"{field}[{k}]", $"repeats {field}[{seen[key(items[k])]}] (the same {what})");
        }
        Unique(results.Networks, r => (r.Source, r.N, r.Beta, r.Seed, r.Step), "networks", "source, n, beta, seed and step");
        Unique(results.Sweep.Dimensions, d => d.N, "sweep.dimensions", "n");
        Unique(results.Claims, c => c.Id, "claims", "id");

        var run = results.Run;
        Finite(run.Machine.MemoryGiB, "run.machine.memoryGiB");
        foreach (var (name, seconds) in run.DurationsSeconds) Finite(seconds, $"run.durationsSeconds.{name}");
        if (run.Checkpoint is { } checkpoint) AtLeast(checkpoint.Steps, 0, "run.checkpoint.steps");

        var sweep = results.Sweep;
        for (var i = 0; i < sweep.Betas.Count; i++)
            if (!(sweep.Betas[i] > 0) || !double.IsFinite(sweep.Betas[i])) Fail($"sweep.betas[{i}]", "must be a positive number");
        for (var i = 0; i < sweep.Dimensions.Count; i++)
        {
            AtLeast(sweep.Dimensions[i].N, 1, $"sweep.dimensions[{i}].n");
            OneOf(sweep.Dimensions[i].Group, Groups, $"sweep.dimensions[{i}].group");
        }
        for (var i = 0; i < sweep.CheckpointSteps.Count; i++) AtLeast(sweep.CheckpointSteps[i], 0, $"sweep.checkpointSteps[{i}]");
        Finite(sweep.CheckTolerance, "sweep.checkTolerance");
        AtLeast(sweep.CheckSamples, 2, "sweep.checkSamples");

        for (var i = 0; i < results.Networks.Count; i++)
        {
            var network = results.Networks[i];
            var field = $"networks[{i}]";
            OneOf(network.Source.Name, Sources, $"{field}.source");
            OneOf(network.Algorithm.Name, Labels, $"{field}.algorithm");
            AtLeast(network.N, 1, $"{field}.n");
            if (network.Beta is { } beta && !(beta > 0 && double.IsFinite(beta))) Fail($"{field}.beta", "must be a positive number");
            Finite(network.KlBits, $"{field}.klBits");
            var order = network.OrderParameters;
            foreach (var (name, value) in order.Named()) Finite(value, $"{field}.orderParameters.{name}");
            if (network.Purity is { } purity && !(purity is >= 0 and <= 1)) Fail($"{field}.purity", "must be a share in [0, 1]");
            if (network.Step is { } step) AtLeast(step, 0, $"{field}.step");
            var check = network.Check;
            AtLeast(check.Samples, 2, $"{field}.check.samples");
            try { Problem.InputDomain.Parse(check.Domain); }
            catch (BadInputException) { Fail($"{field}.check.domain", $"is \"{check.Domain}\"; expected normal, uniform or box:R"); }
            foreach (var (name, value) in new[] { ("tolerance", check.Tolerance), ("maxAbsError", check.MaxAbsError), ("p99AbsError", check.P99AbsError),
                ("maxRelError", check.MaxRelError), ("p99RelError", check.P99RelError), ("r2", check.R2) })
                Finite(value, $"{field}.check.{name}");
        }

        if (results.Landscape is { } landscape) Landscape.LandscapeJson.Validate(landscape, source);

        for (var i = 0; i < results.Gallery.Count; i++)
        {
            var entry = results.Gallery[i];
            OneOf(entry.Algorithm.Name, Labels, $"gallery[{i}].algorithm");
            OneOf(entry.Source.Name, Sources, $"gallery[{i}].source");
            NetworkJson.Parse(entry.Network.ToJsonString(), $"{source}: gallery[{i}].network");
        }

        for (var i = 0; i < results.Claims.Count; i++)
        {
            var claim = results.Claims[i];
            OneOf(claim.Verdict.Name, Verdicts, $"claims[{i}].verdict");
            OneOf(claim.Status.Name, Statuses, $"claims[{i}].status");
            if (claim.Figure is { } figure) OneOf(figure.Verdict.Name, Verdicts, $"claims[{i}].figure.verdict");
        }
    }
}
