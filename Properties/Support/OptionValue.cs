namespace Verification.Properties.Support;

/// <summary>The words a drawn option adds to a command line after its name, and whether the command must refuse them (exit 2).</summary>
public sealed record OptionValue(string[] Words, bool Bad)
{
    public static OptionValue Good(string word) => new([word], false);

    public static OptionValue Refused(string word) => new([word], true);

    /// <summary>Several values of one option: refused when any of them is.</summary>
    public static OptionValue Together(IReadOnlyList<OptionValue> values) => new([.. values.SelectMany(v => v.Words)], values.Any(v => v.Bad));
}
