using Verification.Results;
using Verification.Vocabulary;

namespace Verification.Study;

/// <summary>When a label first names a group of a run's training checkpoints: the first step at which it is the majority at some beta, and at which betas.</summary>
public sealed record PhaseOnset(AlgorithmLabel Label, long FirstStep, double[] Betas)
{
    /// <summary>One onset per label that is ever a majority, earliest first.</summary>
    public static PhaseOnset[] Of(IReadOnlyList<NetworkResult> checkpoints)
    {
        var majority = checkpoints.GroupBy(r => (r.Step!.Value, r.Beta!.Value))
            .Select(g => (g.Key.Item1, g.Key.Item2, label: Majority.Of(g.Select(r => r.Algorithm)))).ToArray();
        return majority.GroupBy(m => m.label).Select(g =>
        {
            var first = g.Min(m => m.Item1);
            return new PhaseOnset(g.Key, first, g.Where(m => m.Item1 == first).Select(m => m.Item2).ToArray());
        }).OrderBy(o => o.FirstStep).ToArray();
    }
}
