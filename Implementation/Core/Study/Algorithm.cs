namespace Verification.Study;

/// <summary>
/// The algorithm labels of the study, exactly as they appear in files and on the command line: the labels the
/// classifier gives, and the algorithms the hand encodings write.
/// </summary>
public static class Algorithm
{
    public const string DoubleSided = "double-sided";
    public const string PositivePudding = "positive-pudding";
    public const string NegativePudding = "negative-pudding";
    public const string MixedPudding = "mixed-pudding";
    public const string Convexity = "convexity";
    public const string Unclassified = "unclassified";

    public static readonly IReadOnlyList<string> All =
        [DoubleSided, PositivePudding, NegativePudding, MixedPudding, Convexity, Unclassified];

    public static bool IsPudding(string label) => label is PositivePudding or NegativePudding or MixedPudding;

    /// <summary>The family of pudding of any sign (Family).</summary>
    public const string PuddingFamily = "pudding";

    /// <summary>The algorithm of the paper a label names: PuddingFamily for pudding of any sign, else the label itself.</summary>
    public static string Family(string label) => IsPudding(label) ? PuddingFamily : label;

    /// <summary>The same algorithm of the paper: equal labels, or pudding of any two signs.</summary>
    public static bool SameFamily(string a, string b) => Family(a) == Family(b);
}
