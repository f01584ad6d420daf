namespace Verification.Vocabulary;

/// <summary>
/// An algorithm of the paper, which a label names: pudding of any sign is one algorithm, and the other labels are
/// each their own. Kept apart from AlgorithmLabel, so that a family is never compared with a label by mistake.
/// </summary>
public sealed class AlgorithmFamily : Term<AlgorithmFamily>, ITermSet<AlgorithmFamily>
{
    public static readonly AlgorithmFamily DoubleSided = new("double-sided");
    public static readonly AlgorithmFamily Pudding = new("pudding");
    public static readonly AlgorithmFamily Convexity = new("convexity");
    public static readonly AlgorithmFamily Unclassified = new("unclassified");

    /// <summary>In the order of their labels in AlgorithmLabel.All.</summary>
    public static IReadOnlyList<AlgorithmFamily> All { get; } = [DoubleSided, Pudding, Convexity, Unclassified];

    AlgorithmFamily(string name) : base(name) { }

    public static AlgorithmFamily Named(string name) => Terms.Known<AlgorithmFamily>(name) ?? new AlgorithmFamily(name);
}
