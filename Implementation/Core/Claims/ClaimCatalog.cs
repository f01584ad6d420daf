using System.Text.RegularExpressions;
using Verification.Vocabulary;

namespace Verification.Claims;

/// <summary>
/// A claim as Spec/claims.md states it: id, statement, tolerance, the test files that check it, and its
/// status: "holds" (gated: a failure fails verify) or "open" (measured and reported, not yet established).
/// </summary>
public sealed record Claim(string Id, string Statement, string Tolerance, IReadOnlyList<string> Evidence, ClaimStatus Status, string? Category = null)
{
    /// <summary>The category of an open claim's tests (build/ClaimAttribute.cs); the default test run leaves it out.</summary>
    public const string OpenCategory = "OpenClaim";

    /// <summary>
    /// The left-out test category (build/default.runsettings) that holds this claim's tests, or null when the
    /// default <c>dotnet test</c> runs them: where to send a user whose evidence lacks them.
    /// </summary>
    public string? LeftOutCategory => Status == ClaimStatus.Open ? OpenCategory : Category;
}

/// <summary>
/// The claims table of Spec/claims.md, compiled into the assembly. Rows whose first cell is an id like
/// <c>ENC-1</c> are claims; every other line is prose.
/// </summary>
public static partial class ClaimCatalog
{
    static readonly Lazy<IReadOnlyList<Claim>> Claims = new(() => Parse(ReadEmbedded()));

    public static IReadOnlyList<Claim> All => Claims.Value;

    /// <summary>Claim rows: five cells split at unescaped pipes (a pipe inside a cell is written \|, as Markdown wants).</summary>
    public static IReadOnlyList<Claim> Parse(string markdown) =>
        markdown.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|'))
            .Select(line => CellSeparator().Split(line.Trim('|')).Select(cell => cell.Trim().Replace("\\|", "|")).ToArray())
            .Where(cells => IdPattern().IsMatch(cells[0]))
            .Select(ToClaim)
            .ToArray();

    static Claim ToClaim(string[] cells)
    {
        // A malformed row would silently shift statement, evidence and status; refuse it instead.
        var status = cells.Length == 5 ? Terms.Known<ClaimStatus>(cells[4]) : null;
        if (status is null)
            throw new InvalidDataException($"Spec/claims.md: the row of {cells[0]} must have 5 cells (id, claim, tolerance, evidence, status holds|open); it has {cells.Length}");
        var evidence = CodeSpan().Matches(cells[3]).Select(m => m.Groups[1].Value).Where(text => text.Contains('/')).ToArray();
        var category = CategoryNote().Match(cells[3]) is { Success: true } note ? note.Groups[1].Value : null;
        return new Claim(cells[0], cells[1], cells[2], evidence, status, category);
    }

    static string ReadEmbedded()
    {
        using var stream = typeof(ClaimCatalog).Assembly.GetManifestResourceStream("claims.md")
            ?? throw new InvalidOperationException("claims.md is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^[A-Z]+-\d+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"\(category `(\w+)`\)")]
    private static partial Regex CategoryNote();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();
}
