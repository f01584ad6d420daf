using Verification.Algorithms;
using Verification.Baseline;
using Verification.Claims;
using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Landscape;
using Verification.Mutation;
using Verification.Training;
using Verification.Results;
using Verification.Sweep;
using Verification.TestSupport;
using Verification.Vocabulary;

namespace Verification.Reports.Tests.Support;

/// <summary>
/// A results file whose content is known: the paper's phases from hand-encoded networks, two training
/// checkpoints, an extended run with pudding below the convexity band, a short Adam baseline and fixed provenance, so the report's tests and its approved text depend
/// on no trained checkpoint, clock or machine. Built once per test run (it is deterministic).
/// </summary>
public static class FixtureResults
{
    static readonly SweepGrid Grid = new(SweepGrid.LogSpaced(1e-6, 1e-2, 5), [0, 1, 2],
        [new DimensionGroup(16, "trained"), new DimensionGroup(5, "held-out"), new DimensionGroup(32, "larger")], 2000, 0.02, 0);

    static readonly Lazy<RunResults> Built = new(Build);

    public static RunResults Value => Built.Value;

    static RunResults Build()
    {
        var paper = HandEncodedSource.ByBeta(HandEncodedSource.Paper);
        var networks = SweepRunner.Run(paper, NetworkSource.Hypernetwork, null, Grid, Grid.Dimensions.Select(d => d.N).ToArray());
        networks.AddRange(SweepRunner.Run(HandEncodedSource.ByBeta(_ => new(AlgorithmLabel.Convexity, 50, 100)), NetworkSource.Checkpoint, 1000, Grid, [16]));
        networks.AddRange(SweepRunner.Run(paper, NetworkSource.Checkpoint, 2000, Grid, [16]));
        networks.AddRange(SweepRunner.Run(HandEncodedSource.ByBeta(b => b < 1e-3 ? HandEncodedSource.Paper(1e-4) : HandEncodedSource.Paper(b)),
            NetworkSource.Extended, 3000, Grid, [16]));
        networks.Add(Reproduction.Measure(AdamBaseline.Train(new AdamBaseline.Options(Steps: 300)), NetworkSource.Baseline, 0, Grid));
        var gallery = new[] { AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding, AlgorithmLabel.Convexity }
            .Select(a => GalleryEntry.Of(a, NetworkSource.HandEncoded, null, 0, HandEncoded.Encode(a, 4))).ToArray();
        var tests = new TestEvidence(new Dictionary<string, TestEvidence.Tally>
        {
            ["ENC-1"] = new(3, 0, 0),
            ["CLS-3"] = new(1, 1, 0),
        });
        var landscape = Landscape();
        var claims = ClaimVerdicts.Combine(ClaimCatalog.All, ClaimVerdicts.Of(ClaimCatalog.All, DiscoveryClaims.Evaluate(networks, landscape)), tests);
        var run = new RunInfo("fixture", "0000000", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new MachineInfo("Debian GNU/Linux 12", 2, 23.4),
            new SortedDictionary<string, string> { ["dotnet"] = ".NET 10.0.0", ["suite"] = "0000000", ["torchsharp"] = "0.107.0" },
            new SortedDictionary<string, double> { ["sweep"] = 1.5 }, new CheckpointInfo("fixture.l1hyper", new string('0', 64), 1, 2000),
            new MutationSummary("Stryker.NET 5.1.0", "2026-01-01", "0000000", 85, new MutantTally(700, 10, 80, 10)));
        var settings = new SweepSettings(Grid.Betas, Grid.Seeds, Grid.Dimensions, [1000, 2000], Grid.CheckTolerance, Grid.CheckSamples, Grid.CheckSeed);
        return new RunResults(RunResults.FormatTag, run, settings, networks, gallery, claims, landscape);
    }

    /// <summary>
    /// A landscape at the grid's betas whose phases are the paper's but for pudding one level early (at 1e-5, where
    /// the networks are double-sided), so LAND-2 has a disagreement to report. Losses are made up: start k at
    /// beta level l has loss 1 + |k - winner| / 10.
    /// </summary>
    static LandscapeResult Landscape()
    {
        AlgorithmLabel[] winners = [AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding, AlgorithmLabel.PositivePudding, AlgorithmLabel.Convexity, AlgorithmLabel.Convexity];
        var rows = Grid.Betas.SelectMany((beta, l) => LandscapeStart.All.Select((start, k) =>
        {
            var distance = Math.Abs(k - LandscapeStart.All.ToList().IndexOf(winners[l]));
            var label = distance == 0 ? winners[l] : start;
            return new LandscapeRow(beta, start, 1 + distance / 10.0, 0.5, 1000, label,
                AlgorithmClassifier.Classify(HandEncoded.Encode(label, 4)).Parameters);
        })).ToArray();
        return new LandscapeResult(new LandscapeOptions(16, Grid.Betas, 100, 0, Objective.Shipped), rows, 1.0);
    }
}
