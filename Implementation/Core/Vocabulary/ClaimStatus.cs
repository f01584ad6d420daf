using System.Text.Json.Serialization;

namespace Verification.Vocabulary;

/// <summary>A claim's status in Spec/claims.md, written there and in results.json as "holds" or "open".</summary>
[JsonConverter(typeof(TermJson<ClaimStatus>))]
public sealed class ClaimStatus : Term<ClaimStatus>, ITermSet<ClaimStatus>
{
    /// <summary>Established: a failure fails verify.</summary>
    public static readonly ClaimStatus Holds = new("holds");
    /// <summary>Measured and reported, not yet established: never gates.</summary>
    public static readonly ClaimStatus Open = new("open");

    public static IReadOnlyList<ClaimStatus> All { get; } = [Holds, Open];

    ClaimStatus(string name) : base(name) { }

    public static ClaimStatus Named(string name) => Terms.Known<ClaimStatus>(name) ?? new ClaimStatus(name);
}
