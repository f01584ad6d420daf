using System.Text.Json.Serialization;

namespace Verification.Mutation;

/// <summary>
/// What a mutation run found: of the mutants (small deliberate faults) placed in a file, how many a test caught
/// (killed, or made to hang: timeout) and how many went unnoticed (survived, or reached by no test at all).
/// Mutants that did not compile or were filtered out are no faults the tests could catch, and do not count.
/// </summary>
public sealed record MutantTally(int Killed, int Timeout, int Survived, int NoCoverage)
{
    public static readonly MutantTally None = new(0, 0, 0, 0);

    [JsonIgnore] public int Detected => Killed + Timeout;

    [JsonIgnore] public int Mutants => Detected + Survived + NoCoverage;

    /// <summary>Stryker's mutation score, detected / mutants; 0 when no mutant was placed.</summary>
    [JsonIgnore] public double Score => Mutants == 0 ? 0 : (double)Detected / Mutants;

    public static MutantTally operator +(MutantTally a, MutantTally b) =>
        new(a.Killed + b.Killed, a.Timeout + b.Timeout, a.Survived + b.Survived, a.NoCoverage + b.NoCoverage);

    /// <summary>One mutant of a Stryker report by its status; statuses that do not count add nothing.</summary>
    public static MutantTally Of(string status) => status switch
    {
        "Killed" => new(1, 0, 0, 0),
        "Timeout" => new(0, 1, 0, 0),
        "Survived" => new(0, 0, 1, 0),
        "NoCoverage" => new(0, 0, 0, 1),
        _ => None,
    };
}
