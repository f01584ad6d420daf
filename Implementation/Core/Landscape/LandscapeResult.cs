namespace Verification.Landscape;

/// <summary>A landscape's rows, beta-major in the order of the options' betas and LandscapeStart.All.</summary>
public sealed record LandscapeResult(LandscapeOptions Options, IReadOnlyList<LandscapeRow> Rows, double Seconds)
{
    /// <summary>The lowest-loss model at each beta: the objective's own phase there (ties: the first start).</summary>
    public IReadOnlyList<LandscapeRow> Winners =>
        Options.Betas.Select(beta => Rows.Where(r => r.Beta == beta).MinBy(r => r.Loss)!).ToArray();

    /// <summary>loss(start) / loss(winner) - 1 at each beta: how far each start is above the phase.</summary>
    public double Margin(LandscapeRow row) => row.Loss / Winners.First(w => w.Beta == row.Beta).Loss - 1;
}
