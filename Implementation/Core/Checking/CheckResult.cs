namespace Verification.Checking;

/// <summary>
/// How closely one network computes ||x||_1 on a sample of its domain. Relative errors are absolute errors
/// divided by the mean of ||x||_1 over the sample (see Spec/claims.md, "relative error").
/// </summary>
public sealed record CheckResult(
    string Domain,
    int Samples,
    long Seed,
    double Tolerance,
    double MaxAbsError,
    double P99AbsError,
    double MaxRelError,
    double P99RelError,
    double R2)
{
    /// <summary>Passes when the 99th percentile of the relative error is within the tolerance.</summary>
    public bool Pass => P99RelError <= Tolerance;

    /// <summary>False when float64 overflowed (weights or a domain near 1e300): such a result is no verdict at all.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Finite => new[] { MaxAbsError, P99AbsError, MaxRelError, P99RelError, R2 }.All(double.IsFinite);
}
