namespace Verification.Landscape;

/// <summary>A landscape's rows, beta-major in the order of the options' betas and starts.</summary>
public sealed record LandscapeResult(LandscapeOptions Options, IReadOnlyList<LandscapeRow> Rows, double Seconds)
{
    /// <summary>The lowest-loss model at each beta over every start of every family: the objective's own phase there (ties: the first start).</summary>
    public IReadOnlyList<LandscapeRow> Winners =>
        Options.Betas.Select(beta => Rows.Where(r => r.Beta == beta).MinBy(r => r.Loss)!).ToArray();

    /// <summary>loss(start) / loss(winner) - 1 at each beta: how far each start is above the phase.</summary>
    public double Margin(LandscapeRow row) => row.Loss / Winners.First(w => w.Beta == row.Beta).Loss - 1;

    /// <summary>How far the best start of another family lies above a winner: loss / winner's loss - 1 (0 when there is none).</summary>
    public double Lead(LandscapeRow winner)
    {
        var others = Rows.Where(r => r.Beta == winner.Beta && !r.Start.SameFamily(winner.Start)).ToArray();
        return others.Length == 0 ? 0 : others.Min(r => r.Loss) / winner.Loss - 1;
    }

    /// <summary>A landscape beta and a swept beta are the same level when they agree to 0.1% (written in decimal on both sides).</summary>
    public static bool SameBeta(double a, double b) => Math.Abs(Math.Log10(a / b)) < 1e-3;
}
