namespace Verification.Study;

/// <summary>
/// The median every figure of the study shows: the middle of the sorted values, the upper of the two middle ones
/// for an even count, so that it is always a value some network has.
/// </summary>
public static class Median
{
    /// <summary>The median of at least one value.</summary>
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
