using Verification.Vocabulary;

namespace Verification.Properties.Vocabulary;

/// <summary>
/// A label read by name (from results.json, landscape.json or the command line) is the study's own label, with its
/// family; a name outside the set is kept as it is, so that ResultsSchema can name it, and is its own family.
/// </summary>
public class AlgorithmLabelTests
{
    [Test]
    public void A_known_name_reads_as_the_label_and_its_family() =>
        Assert.Multiple(() =>
        {
            foreach (var label in AlgorithmLabel.All)
            {
                Assert.That(AlgorithmLabel.Named(label.Name), Is.SameAs(label));
                Assert.That(AlgorithmLabel.Named(label.Name).Family, Is.SameAs(label.Family));
            }
            Assert.That(AlgorithmLabel.Named("mixed-pudding").IsPudding, Is.True);
            Assert.That(AlgorithmLabel.Named("negative-pudding").SameFamily(AlgorithmLabel.PositivePudding), Is.True);
        });

    [Test]
    public void An_unknown_name_is_kept_and_is_its_own_family()
    {
        var unknown = AlgorithmLabel.Named("triple-sided");
        Assert.Multiple(() =>
        {
            Assert.That(unknown.Name, Is.EqualTo("triple-sided"));
            Assert.That(AlgorithmLabel.All, Does.Not.Contain(unknown));
            Assert.That(unknown.Family.Name, Is.EqualTo("triple-sided"));
            Assert.That(unknown.IsPudding, Is.False);
        });
    }
}
