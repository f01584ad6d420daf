using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Study;

/// <summary>
/// The label that names a group of networks (a beta level, a beta and training step): the discovery claims, the
/// report's phase grids and onset table, and the amortisation comparison all use this one rule, so two views of
/// the same group cannot name it differently.
/// </summary>
public static class Majority
{
    /// <summary>
    /// The most common label (or family); among equally common ones, the first in ordinal order of their names, so
    /// that the answer does not depend on the order the networks come in.
    /// </summary>
    public static T Of<T>(IEnumerable<T> labels) where T : Term<T> =>
        labels.GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal).First().Key;

    /// <summary>Each beta level's majority label, lowest beta first.</summary>
    public static (double Beta, AlgorithmLabel Label)[] PerBeta(IEnumerable<NetworkResult> networks) => PerBeta(networks, label => label);

    /// <summary>Each beta level's majority of what name makes of the networks' labels (their family), lowest beta first.</summary>
    public static (double Beta, T Label)[] PerBeta<T>(IEnumerable<NetworkResult> networks, Func<AlgorithmLabel, T> name) where T : Term<T> =>
        networks.GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key)
            .Select(g => (g.Key, Of(g.Select(r => name(r.Algorithm))))).ToArray();
}
