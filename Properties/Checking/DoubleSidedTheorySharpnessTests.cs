using Verification.Algorithms;
using Verification.Checking;
using Verification.Networks;

namespace Verification.Properties.Checking;

/// <summary>ACC-1's sharpness: the harmonic mean of the kink norms (the k whose gap sums like theirs), 0 without kinks.</summary>
public class DoubleSidedTheorySharpnessTests
{
    [Test]
    public void The_sharpness_is_the_harmonic_mean_of_the_kink_norms_and_0_without_kinks()
    {
        var even = DoubleSided.Encode(1, 4);
        var uneven = even.With(w: [[12], [-4], [0], ], v: [1.0 / 12, 0.25, 0]);
        Assert.Multiple(() =>
        {
            Assert.That(DoubleSidedTheory.Sharpness(even), Is.EqualTo(4).Within(1e-12));
            Assert.That(DoubleSidedTheory.Sharpness(uneven), Is.EqualTo(2 / (1.0 / 12 + 1.0 / 4)).Within(1e-12));
            Assert.That(DoubleSidedTheory.Sharpness(new Network([[0.5, 0]], [0], [1], 0)), Is.Zero, "one smooth neuron");
        });
    }
}
