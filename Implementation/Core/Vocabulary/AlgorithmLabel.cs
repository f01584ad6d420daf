using System.Text.Json.Serialization;

namespace Verification.Vocabulary;

/// <summary>
/// The algorithm labels of the study, written in files and on the command line as the names below: the labels the
/// classifier gives, and the algorithms the hand encodings write.
/// </summary>
[JsonConverter(typeof(TermJson<AlgorithmLabel>))]
public sealed class AlgorithmLabel : Term<AlgorithmLabel>, ITermSet<AlgorithmLabel>
{
    public static readonly AlgorithmLabel DoubleSided = new("double-sided", AlgorithmFamily.DoubleSided);
    public static readonly AlgorithmLabel PositivePudding = new("positive-pudding", AlgorithmFamily.Pudding);
    public static readonly AlgorithmLabel NegativePudding = new("negative-pudding", AlgorithmFamily.Pudding);
    public static readonly AlgorithmLabel MixedPudding = new("mixed-pudding", AlgorithmFamily.Pudding);
    public static readonly AlgorithmLabel Convexity = new("convexity", AlgorithmFamily.Convexity);
    public static readonly AlgorithmLabel Unclassified = new("unclassified", AlgorithmFamily.Unclassified);

    public static IReadOnlyList<AlgorithmLabel> All { get; } =
        [DoubleSided, PositivePudding, NegativePudding, MixedPudding, Convexity, Unclassified];

    /// <summary>The algorithm of the paper the label names: pudding for pudding of any sign, else the label's own.</summary>
    public AlgorithmFamily Family { get; }

    public bool IsPudding => Family == AlgorithmFamily.Pudding;

    /// <summary>The same algorithm of the paper: equal labels, or pudding of any two signs.</summary>
    public bool SameFamily(AlgorithmLabel other) => Family == other.Family;

    AlgorithmLabel(string name, AlgorithmFamily family) : base(name) => Family = family;

    /// <summary>A name outside the set (a file's unknown word, which ResultsSchema refuses) is its own family, as a label other than pudding is.</summary>
    public static AlgorithmLabel Named(string name) => Terms.Known<AlgorithmLabel>(name) ?? new AlgorithmLabel(name, AlgorithmFamily.Named(name));
}
