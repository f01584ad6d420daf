using Verification.Errors;

namespace Verification;

/// <summary>
/// The most memory one command may ask torch or the runtime for. A request past what the machine has ends in
/// an out-of-memory abort (exit 134, a native trace) after minutes of work, so the size of the big
/// allocations is estimated first and refused beyond this. 4 GB: a sixth of the 24 GB machines the suite
/// runs on, which are shared, and far above any run the claims need (README, "Limits").
/// </summary>
public static class MemoryBudget
{
    public const long MaxBytes = 4L << 30;

    public static void Require(long bytes, string what)
    {
        if (bytes > MaxBytes || bytes < 0)
            throw new BadInputException($"{what} would need about {Gigabytes(bytes)} GB of memory; the limit is {MaxBytes >> 30} GB (README, \"Limits\")");
    }

    /// <summary>Products of user-given sizes, saturating instead of wrapping round to a small number.</summary>
    public static long Times(params long[] factors)
    {
        var product = 1.0;
        foreach (var f in factors) product *= f;
        return product >= long.MaxValue ? long.MaxValue : (long)product;
    }

    static string Gigabytes(long bytes) => bytes < 0 ? "more than 8 EB" : (bytes / (double)(1L << 30)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
