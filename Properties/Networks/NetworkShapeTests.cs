using Verification.Errors;
using Verification.Networks;

namespace Verification.Properties.Networks;

/// <summary>
/// A Network is consistent by construction: every shape mismatch and every non-finite weight is refused, the
/// smallest network (one input, one neuron) is accepted, the weights are copied in so that the caller cannot
/// change them afterwards, and evaluation refuses an input of the wrong length.
/// </summary>
public class NetworkShapeTests
{
    static Network Make(double[][] w, double[]? b = null, double[]? v = null, double c = 0) =>
        new(w, b ?? new double[w.Length], v ?? new double[w.Length], c);

    [Test]
    public void The_smallest_network_has_one_input_and_one_neuron()
    {
        var network = Make([[2.0]], [0.5], [3], 1);
        Assert.Multiple(() =>
        {
            Assert.That((network.Inputs, network.Hidden), Is.EqualTo((1, 1)));
            Assert.That(network.Evaluate([1.0]), Is.EqualTo(1 + 3 * Network.Swish(2.5)));
        });
    }

    static IEnumerable<TestCaseData> Malformed()
    {
        yield return new TestCaseData((Func<Network>)(() => Make([]))).SetName("no neurons");
        yield return new TestCaseData((Func<Network>)(() => Make([[]]))).SetName("no inputs");
        yield return new TestCaseData((Func<Network>)(() => Make([[1, 2], [3]]))).SetName("a ragged W");
        yield return new TestCaseData((Func<Network>)(() => Make([[1, 2], [3, 4]], b: [0]))).SetName("b shorter than W");
        yield return new TestCaseData((Func<Network>)(() => Make([[1, 2], [3, 4]], v: [0, 0, 0]))).SetName("v longer than W");
        yield return new TestCaseData((Func<Network>)(() => Make([[1, double.NaN]]))).SetName("a NaN in W");
        yield return new TestCaseData((Func<Network>)(() => Make([[1]], b: [double.PositiveInfinity]))).SetName("an infinite b");
        yield return new TestCaseData((Func<Network>)(() => Make([[1]], v: [double.NegativeInfinity]))).SetName("an infinite v");
        yield return new TestCaseData((Func<Network>)(() => Make([[1]], c: double.NaN))).SetName("a NaN c");
    }

    [TestCaseSource(nameof(Malformed))]
    public void A_malformed_network_is_refused(Func<Network> make) =>
        Assert.That(() => make(), Throws.TypeOf<BadInputException>());

    [Test]
    public void The_weights_are_copied_in()
    {
        double[][] w = [[1, 2]];
        double[] b = [0.5], v = [2];
        var network = Make(w, b, v);
        var before = network.Evaluate([1, 1]);
        (w[0][0], b[0], v[0]) = (100, 100, 100);
        Assert.Multiple(() =>
        {
            Assert.That(network.Evaluate([1, 1]), Is.EqualTo(before));
            Assert.That((network.W[0][0], network.B[0], network.V[0]), Is.EqualTo((1.0, 0.5, 2.0)));
        });
    }

    [Test]
    public void Evaluation_refuses_an_input_of_the_wrong_length() =>
        Assert.That(() => Make([[1, 2]]).Evaluate([1.0]), Throws.ArgumentException);

    [Test]
    public void With_replaces_only_the_parts_it_is_given()
    {
        var network = Make([[1, 2]], [0.5], [2], 3);
        var changed = network.With(c: -1);
        var rebuilt = network.With(w: [[4, 5]], b: [1], v: [7]);
        Assert.Multiple(() =>
        {
            Assert.That((changed.W[0], changed.B, changed.V, changed.C), Is.EqualTo((network.W[0], network.B, network.V, -1.0)));
            Assert.That((rebuilt.W[0], rebuilt.B, rebuilt.V, rebuilt.C), Is.EqualTo((new double[] { 4, 5 }, new double[] { 1 }, new double[] { 7 }, 3.0)));
        });
    }

    /// <summary>swish(z) = z sigmoid(z) on both branches of its stable form, and finite far out.</summary>
    [TestCase(0.0)]
    [TestCase(1.5)]
    [TestCase(-1.5)]
    [TestCase(30.0)]
    [TestCase(-30.0)]
    public void Swish_is_z_times_its_sigmoid(double z) =>
        Assert.That(Network.Swish(z), Is.EqualTo(z / (1 + Math.Exp(-z))).Within(1e-15));

    [Test]
    public void Swish_stays_finite_where_exp_overflows() =>
        Assert.That((Network.Swish(-800), Network.Swish(800)), Is.EqualTo((0.0, 800.0)));
}
