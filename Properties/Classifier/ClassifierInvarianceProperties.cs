using FsCheck;
using FsCheck.NUnit;
using Verification.Classifier;
using Verification.Networks;
using Verification.Properties.Support;

namespace Verification.Properties.Classifier;

/// <summary>The label is a property of the algorithm, not of how its weights happen to be laid out.</summary>
[Claim("CLS-2")]
public class ClassifierInvarianceProperties
{
    static bool KeepsLabel(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, int seed, Func<Network, Random, Network> transform) =>
        KeepsLabel(Generators.Dimension(n), algorithm.Get, k.Get, seed, transform);

    static bool KeepsLabel(int n, int algorithm, int k, int seed, Func<Network, Random, Network> transform)
    {
        var encoded = Encoded.From(n, algorithm, k, Math.Abs(seed % 10));
        var transformed = transform(encoded.Network, new Random(seed));
        return AlgorithmClassifier.Classify(transformed).Algorithm == encoded.Algorithm;
    }

    [Property(MaxTest = 1000)]
    public bool Under_neuron_permutation(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, int seed) =>
        KeepsLabel(n, algorithm, k, seed, (net, random) => Transform.PermuteNeurons(net, Transform.Shuffle(net.Hidden, random)));

    [Property(MaxTest = 1000)]
    public bool Under_input_permutation(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, int seed) =>
        KeepsLabel(n, algorithm, k, seed, (net, random) => Transform.PermuteInputs(net, Transform.Shuffle(net.Inputs, random)));

    [Property(MaxTest = 1000)]
    public bool Under_added_dead_neurons(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, int seed) =>
        KeepsLabel(n, algorithm, k, seed, (net, random) => Transform.AddDeadNeurons(net, 1 + random.Next(2 * net.Inputs), random));

    [Property(MaxTest = 1000)]
    public bool Under_a_duplicated_neuron_that_splits_its_output_weight(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, int seed) =>
        KeepsLabel(n, algorithm, k, seed, (net, random) => Transform.DuplicateNeuron(net, random.Next(net.Hidden), 0.1 + 0.8 * random.NextDouble()));

    /// <summary>Neurons with ||W_j|| &gt;= 4 act as ReLUs; scaling them by a in [1/4, 10] keeps them saturated.</summary>
    [Property(MaxTest = 1000)]
    public bool Under_positive_rescaling_of_saturated_neurons(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, int seed) =>
        KeepsLabel(n, algorithm, k, seed, (net, random) => Transform.RescaleSaturated(net, Math.Pow(10, -0.6 + 1.6 * random.NextDouble()), 4));

    /// <summary>Every weight moved by 5% of itself plus 1e-5: dead neurons stop being exactly dead.</summary>
    [Property(MaxTest = 1000)]
    public bool Under_small_weight_noise(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, int seed) =>
        KeepsLabel(n, algorithm, k, seed, (net, random) => Transform.AddRelativeNoise(net, 0.05, 1e-5, random));

    [Test]
    public void An_invariance_property_fails_for_a_transformation_that_changes_the_algorithm()
    {
        // Flipping the sign of every input turns positive pudding into negative pudding.
        Assert.That(Generators.FindsCounterexample<PositiveInt, NonNegativeInt>((n, algorithm) =>
            KeepsLabel(Generators.Dimension(n), algorithm.Get, 1, 0, (net, _) => net.With(w: net.W.Select(row => row.Select(w => -w).ToArray()).ToArray()))),
            Is.True);
    }
}
