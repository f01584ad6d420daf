using Verification.Algorithms;
using Verification.Classifier;
using Verification.Networks;
using Verification.Vocabulary;

namespace Verification.Snapshots;

/// <summary>
/// Pins the weight signature of every hand-encoded algorithm at n = 4 and n = 16. The approved files are
/// plain text in Snapshots/approved/, one per algorithm and n, and are reviewed like code.
/// </summary>
[Claim("SNAP-1")]
public class AlgorithmSignatureSnapshots
{
    static IEnumerable<TestCaseData> Cases() =>
        from name in HandEncoded.Labels
        from n in new[] { 4, 16 }
        select new TestCaseData(name, n);

    [TestCaseSource(nameof(Cases))]
    public void Signature_matches_the_approved_one(AlgorithmLabel algorithm, int n)
    {
        Snapshot.Verify(WeightSignature.Of(HandEncoded.Encode(algorithm, n)), Name(algorithm, n));
    }

    [TestCaseSource(nameof(Cases))]
    public void Signature_ignores_the_order_of_neurons_and_inputs(AlgorithmLabel algorithm, int n)
    {
        var network = HandEncoded.Encode(algorithm, n);
        var random = new Random(n);
        var shuffled = Permute(network, Shuffle(network.Hidden, random), Shuffle(network.Inputs, random));
        Assert.That(WeightSignature.Of(shuffled), Is.EqualTo(WeightSignature.Of(network)));
    }

    [TestCaseSource(nameof(Cases))]
    public void A_broken_weight_does_not_match_the_approved_signature(AlgorithmLabel algorithm, int n)
    {
        var network = HandEncoded.Encode(algorithm, n);
        var active = Enumerable.Range(0, network.Hidden).First(j => network.V[j] != 0);
        var broken = network.With(w: network.W.Select((row, j) => j == active ? row.Select(w => w * 0.3).ToArray() : row).ToArray());
        Assert.That(WeightSignature.Of(broken), Is.Not.EqualTo(ApprovedText(algorithm, n)));
        Assert.That(WeightSignature.Of(network), Is.EqualTo(ApprovedText(algorithm, n)), "the intact network matches it");
    }

    static string Name(AlgorithmLabel algorithm, int n) => $"signature.{algorithm}.n{n}";

    static string ApprovedText(AlgorithmLabel algorithm, int n) => Snapshot.Approved(Name(algorithm, n));

    static Network Permute(Network network, int[] neurons, int[] inputs) => network.With(
        w: neurons.Select(j => inputs.Select(i => network.W[j][i]).ToArray()).ToArray(),
        b: neurons.Select(j => network.B[j]).ToArray(),
        v: neurons.Select(j => network.V[j]).ToArray());

    static int[] Shuffle(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }
}
