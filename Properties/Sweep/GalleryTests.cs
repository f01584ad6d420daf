using Verification.Classifier;
using Verification.Networks;
using Verification.Properties.Support;
using Verification.Results;
using Verification.Sweep;

namespace Verification.Properties.Sweep;

/// <summary>
/// The report's gallery draws what the hypernetwork made: every label of the sweep as a generated network,
/// at the smallest n that shows it, and a hand-encoded network only for a family of the paper it never made.
/// </summary>
[Claim("RPT-1")]
public class GalleryTests
{
    static readonly SweepGrid Grid = new(SweepGrid.LogSpaced(1e-6, 1e-2, 7), [0, 1, 2],
        [new DimensionGroup(4, "trained"), new DimensionGroup(16, "trained")], 2000, 0.02, 0);

    [Test]
    public void Every_label_of_the_sweep_is_drawn_generated_at_its_smallest_n()
    {
        var networks = SweepRunner.Run(HypernetworkSource.Of(Shipped.Hypernetwork), NetworkSource.Hypernetwork, null, Grid, [4, 16]);
        var gallery = Reproduction.Gallery(Shipped.Hypernetwork, networks);
        var generated = gallery.Where(e => e.Source == NetworkSource.Hypernetwork).ToArray();
        Assert.Multiple(() =>
        {
            foreach (var label in networks.Select(r => r.Algorithm).Distinct())
            {
                var entry = generated.SingleOrDefault(e => e.Algorithm == label);
                Assert.That(entry, Is.Not.Null, $"{label} is in the sweep but not drawn as generated");
                if (entry is null) continue;
                var network = NetworkJson.Parse(entry.Network.ToJsonString());
                Assert.That(network.Inputs, Is.EqualTo(networks.Where(r => r.Algorithm == label).Min(r => r.N)), label.Name);
                Assert.That(AlgorithmClassifier.Classify(network).Algorithm, Is.EqualTo(label), "the drawn network carries its label");
            }
            foreach (var entry in gallery.Where(e => e.Source == NetworkSource.HandEncoded))
                Assert.That(networks.Any(r => r.Algorithm.SameFamily(entry.Algorithm)),
                    Is.False, $"{entry.Algorithm} is drawn hand-encoded though the sweep has it");
        });
    }
}
