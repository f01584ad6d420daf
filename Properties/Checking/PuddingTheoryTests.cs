using Verification.Algorithms;
using Verification.Checking;
using Verification.Networks;

namespace Verification.Properties.Checking;

/// <summary>
/// The pudding theory's inputs (ACC-2) and REAL-2's bound, term by term: the ideal pudding takes the pudding
/// neuron that carries the most, and there is none without a linear neuron or with an input no kink covers; the
/// domain reaches exactly u = U0; and the bound adds every linear neuron's curvature, sum_j |v_j| U0 sigmoid(-U0).
/// </summary>
public class PuddingTheoryTests
{
    const int N = 4;
    static readonly Network Positive = Pudding.Encode(PuddingVariant.Positive, N, k: 50);

    /// <summary>A second, weaker linear neuron (offset 25) in the first spare row, with its own bias and scale.</summary>
    static readonly Network TwoLinear = Positive.With(
        w: Positive.W.Select((row, j) => j == N + 1 ? Enumerable.Repeat(-0.1, N).ToArray() : row).ToArray(),
        b: Positive.B.Select((b, j) => j == N + 1 ? 5.0 : b).ToArray(),
        v: Positive.V.Select((v, j) => j == N + 1 ? 0.1 : v).ToArray());

    [Test]
    public void The_ideal_takes_the_pudding_neuron_that_carries_the_most()
    {
        var ideal = PuddingTheory.IdealNetwork(TwoLinear, samples: 1000, seed: 1)!;
        Assert.Multiple(() =>
        {
            Assert.That(PuddingBound.LinearNeurons(TwoLinear), Has.Length.EqualTo(2), "both linear neurons are active");
            Assert.That(ideal.B[N], Is.EqualTo(Positive.B[N]), "B of the main pudding neuron");
            Assert.That(ideal.W[N], Is.EqualTo(Positive.W[N]).Within(1e-12), "s of the main pudding neuron");
        });
    }

    [Test]
    public void There_is_no_ideal_without_a_linear_neuron_or_with_an_uncovered_input() =>
        Assert.Multiple(() =>
        {
            Assert.That(PuddingTheory.IdealNetwork(DoubleSided.Encode(N, 50), samples: 1000, seed: 1), Is.Null);
            Assert.That(PuddingTheory.IdealNetwork(Positive.With(v: Positive.V.Select((v, j) => j == N ? 0 : v).ToArray()), samples: 1000, seed: 1), Is.Null,
                "one-sided kinks without their pudding neuron");
            Assert.That(PuddingTheory.IdealNetwork(Positive.With(v: Positive.V.Select((v, j) => j == 0 ? 0 : v).ToArray()), samples: 1000, seed: 1), Is.Null);
        });

    [Test]
    public void The_domain_includes_its_edge_u_equal_to_U0()
    {
        var edge = Pudding.Encode(N, 50, bias: PuddingBound.U0, s: 0.5, signs: [1, 1, 1, 1]);
        Assert.That(PuddingBound.IntoDomain(edge, PuddingBound.LinearNeurons(edge), new double[N]), Is.EqualTo(new double[N]));
    }

    [Test]
    public void The_bound_adds_the_curvature_of_every_linear_neuron()
    {
        double[] x = [0.1, -0.2, 0.3, 0.05];
        var sharpness = DoubleSidedBound.Sharpness(TwoLinear);
        var curvature = (1 + 0.1) * PuddingBound.U0 / (1 + Math.Exp(PuddingBound.U0));
        Assert.That(PuddingBound.Excess(TwoLinear, sharpness, PuddingBound.LinearNeurons(TwoLinear), x),
            Is.EqualTo(DoubleSidedBound.Excess(TwoLinear, sharpness, x) - curvature).Within(1e-12));
    }
}
