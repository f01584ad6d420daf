using Verification.Classifier;
using Verification.Hypernetwork;
using Verification.Study;
using Verification.Training;

namespace Verification.Snapshots;

/// <summary>
/// Pins what the shipped checkpoint generates: the weight signature of one network (seed 0) in each beta band,
/// at n = 4 and 16. Retraining or changing the hypernetwork shows
/// up here as a text diff of labels, order parameters and quantised weights, reviewed like code.
/// </summary>
[Claim("SNAP-2")]
public class GeneratedSignatureSnapshots
{
    static readonly Lazy<HypernetworkModel> Shipped = new(() => HypernetworkFile.Load(ShippedCheckpoints.Shipped));

    /// <summary>
    /// One beta inside each band the shipped checkpoint's sweep shows at n = 16 (Spec/hypernetwork.md, section 5):
    /// double-sided, pudding, the unclassified middle, convexity.
    /// </summary>
    static readonly double[] Betas = [1e-6, 5e-5, 1e-3, 1e-2];

    static IEnumerable<TestCaseData> Cases() =>
        from beta in Betas
        from n in new[] { 4, 16 }
        select new TestCaseData(beta, n);

    static string Signature(double beta, int n) =>
        FormattableString.Invariant($"beta: {beta:G4}\nseed: 0\n") + WeightSignature.Of(NetworkGenerator.Generate(Shipped.Value, n, beta, seed: 0));

    [TestCaseSource(nameof(Cases))]
    public void The_generated_signature_matches_the_approved_one(double beta, int n) =>
        Snapshot.Verify(Signature(beta, n), FormattableString.Invariant($"generated.beta{beta:0E+0}.n{n}"));

    [Test]
    public void Another_seed_gives_another_signature() =>
        Assert.That(WeightSignature.Of(NetworkGenerator.Generate(Shipped.Value, 4, Shipped.Value.Betas.BetaMin, seed: 1)),
            Is.Not.EqualTo(WeightSignature.Of(NetworkGenerator.Generate(Shipped.Value, 4, Shipped.Value.Betas.BetaMin, seed: 0))));
}
