using System.Collections.Concurrent;
using FsCheck;
using Verification.Algorithms;
using Verification.Classifier;
using Verification.Networks;
using Verification.Vocabulary;

namespace Verification.Properties.Support;

/// <summary>A hand-encoded network as a property case: the algorithm it must be recognised as, and the network.</summary>
public sealed record Encoded(AlgorithmLabel Algorithm, Network Network)
{
    static readonly ConcurrentDictionary<(int, long), Network> ConvexityCache = new();

    /// <summary>Any algorithm, any n in 1..64 (mixed pudding: 2..64), k in 10..1000, one of ten convexity seeds.</summary>
    public static Encoded From(PositiveInt n, NonNegativeInt algorithm, PositiveInt k, NonNegativeInt seed) =>
        From(Generators.Dimension(n), algorithm.Get, k.Get, seed.Get);

    public static Encoded From(int dimension, int algorithm, int k, int seed)
    {
        var name = HandEncoded.Labels[algorithm % HandEncoded.Labels.Count];
        if (name == AlgorithmLabel.MixedPudding) dimension = Math.Max(2, dimension);
        var sharpness = Math.Pow(10, 1 + 2 * (Math.Abs(k - 1) % 21) / 20.0);
        var network = name == AlgorithmLabel.Convexity
            ? ConvexityCache.GetOrAdd((dimension, seed % 10), key => Convexity.Encode(key.Item1, key.Item2))
            : HandEncoded.Encode(name, dimension, sharpness);
        return new Encoded(name, network);
    }

    public AlgorithmLabel Label() => AlgorithmClassifier.Classify(Network).Algorithm;
}
