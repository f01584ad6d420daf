namespace Verification.Properties.Support;

/// <summary>
/// A command of l1verify as a user sees it: its name, its options, the share of draws left as drawn when all their values
/// are good (Accepted; the others get one value the command must refuse, so that commands whose smallest run takes
/// long are checked for their validation in a few milliseconds a case) and its exit codes besides 2 (verify and
/// mutation-score answer 1 for a gate that fails).
/// </summary>
public sealed record CommandShape(string Name, OptionShape[] Options, double Accepted = 1, int[]? Answers = null)
{
    public int[] Codes => Answers ?? [0];

    /// <summary>A command line and whether it must be refused: a word of it, or the environment (refusedAlready).</summary>
    public (string[] Args, bool Bad) Draw(Random random, OptionShape.Context context, bool refusedAlready)
    {
        var drawn = Options.Where(o => o.Always || random.Next(2) == 0).Select(o => (Option: o, Value: o.Draw(random, context))).ToList();
        if (!refusedAlready && !drawn.Any(d => d.Value.Bad) && random.NextDouble() >= Accepted)
        {
            var refusable = Options.Where(o => o.Edges(context).Length > 0).ToArray();
            var option = refusable[random.Next(refusable.Length)];
            var edges = option.Edges(context);
            drawn.RemoveAll(d => d.Option == option);
            drawn.Add((option, edges[random.Next(edges.Length)]));
        }
        // The order of options does not matter to the parser, so the draw does not shuffle them.
        var args = drawn.SelectMany(d => (d.Option.Name == "" ? [] : new[] { d.Option.Name }).Concat(d.Value.Words));
        return ([Name, .. args], refusedAlready || drawn.Any(d => d.Value.Bad));
    }
}
