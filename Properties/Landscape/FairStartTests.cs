using Verification.Hypernetwork;
using Verification.Landscape;
using Verification.Problem;
using Verification.Training;
using Verification.Vocabulary;

namespace Verification.Properties.Landscape;

/// <summary>
/// LAND-3: a landscape tries every family from several starts, so that no single start's basin decides a verdict:
/// double-sided at several sharpnesses, each pudding sign with its dense neuron linear out to several quantiles of
/// the input-scale law, and convexity; and landscape files written before there were several starts read as the one
/// start per family they were trained from.
/// </summary>
[Claim("LAND-3")]
public class FairStartTests
{
    [Test]
    public void Fair_starts_cover_the_sharpnesses_and_the_scale_laws_quantiles_for_both_pudding_signs()
    {
        const int n = 8;
        var scale = new InputScale(1, 1000, 0.5);
        var starts = LandscapeStart.Fair(n, Objective.Shipped with { Scale = scale });
        double[] reaches = [.. LandscapeStart.ReachQuantiles.Select(scale.Quantile)];
        Assert.Multiple(() =>
        {
            Assert.That(starts.Where(s => s.Algorithm == AlgorithmLabel.DoubleSided).Select(s => s.K), Is.EqualTo(LandscapeStart.Sharpnesses));
            foreach (var sign in new[] { AlgorithmLabel.PositivePudding, AlgorithmLabel.NegativePudding })
                Assert.That(starts.Where(s => s.Algorithm == sign).Select(s => s.Bias!.Value),
                    Is.EqualTo(reaches.Select(r => 3 + 3 * Math.Sqrt(n) * r)).Within(1e-9), $"{sign}: linear out to 3 sigma of sum x at each quantile");
            Assert.That(starts.Count(s => s.Algorithm == AlgorithmLabel.Convexity), Is.EqualTo(1));
            Assert.That(reaches.Distinct().Count(), Is.EqualTo(reaches.Length), "a wide law gives distinct reaches");
            Assert.That(LandscapeStart.Fair(n, Objective.Shipped).Count(s => s.Algorithm == AlgorithmLabel.PositivePudding), Is.EqualTo(1),
                "at unit scale every quantile is the same start");
        });
    }

    [Test]
    public void Each_start_encodes_its_own_settings()
    {
        var objective = Objective.Shipped with { Scale = new InputScale(1, 30) };
        var starts = LandscapeStart.Fair(4, objective);
        var sharp = starts.First(s => s.Algorithm == AlgorithmLabel.DoubleSided && s.K == 32).Encode(4, 0, objective);
        var wide = starts.Last(s => s.Algorithm == AlgorithmLabel.NegativePudding);
        var network = wide.Encode(4, 0, objective);
        Assert.Multiple(() =>
        {
            Assert.That(sharp.W.Max(row => row.Max(Math.Abs)), Is.EqualTo(32));
            Assert.That(network.B.Max(), Is.EqualTo(wide.Bias), "the dense neuron's bias");
            Assert.That(network.C, Is.EqualTo(-wide.Bias!.Value / wide.Slope!.Value), "c = -B / s");
        });
    }

    [Test]
    public void A_landscape_file_without_starts_or_drift_reads_as_one_start_per_family()
    {
        var options = new LandscapeOptions(4, [1e-4], 10, 0, Objective.Shipped);
        var rows = LandscapeStart.All.Select(start => new LandscapeRow(1e-4, start, 1, 0.5, 100, start, new Verification.Classifier.OrderParameters(4, 12, 8, 1, 0, 0, 1, 0, 0, 0, 0))).ToArray();
        var text = LandscapeJson.Serialize(new LandscapeResult(options, rows, 1)).Replace(",\"starts\":null", "").Replace(",\"drift\":null", "");
        Assert.That(text, Does.Not.Contain("starts").And.Not.Contain("drift"), "the file of an older landscape");
        var read = LandscapeJson.Parse(text, "old.json");
        Assert.Multiple(() =>
        {
            Assert.That(read.Options.StartPoints, Is.EqualTo(LandscapeStart.Single(4, Objective.Shipped)));
            Assert.That(read.Rows.All(r => r.Drift is null), Is.True);
            var fair = read with { Options = read.Options with { Starts = LandscapeStart.Fair(4, Objective.Shipped) } };
            Assert.That(() => LandscapeJson.Parse(LandscapeJson.Serialize(fair), "fair.json"),
                Throws.TypeOf<Verification.Errors.BadInputException>().With.Message.Contains("one row per beta and start (1 x 7)"), "rows must cover the listed starts");
        });
    }
}
