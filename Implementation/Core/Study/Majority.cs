using Verification.Results;

namespace Verification.Study;

/// <summary>
/// The label that names a group of networks (a beta level, a beta and training step): the discovery claims, the
/// report's phase grids and onset table, and the amortisation comparison all use this one rule, so two views of
/// the same group cannot name it differently.
/// </summary>
public static class Majority
{
    /// <summary>
    /// The most common label; among equally common ones, the first in ordinal order, so that the answer does not
    /// depend on the order the networks come in.
    /// </summary>
    public static string Of(IEnumerable<string> labels) =>
        labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Each beta level's majority, lowest beta first, of the networks' labels or of what name makes of them (a family).</summary>
    public static (double Beta, string Label)[] PerBeta(IEnumerable<NetworkResult> networks, Func<string, string>? name = null) =>
        networks.GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key)
            .Select(g => (g.Key, Of(g.Select(r => name is null ? r.Algorithm : name(r.Algorithm))))).ToArray();
}
