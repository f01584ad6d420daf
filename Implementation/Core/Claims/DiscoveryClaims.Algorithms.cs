using System.Globalization;
using Verification.Results;
using Verification.Study;
using Verification.Vocabulary;

namespace Verification.Claims;

// What the algorithms the hypernetwork generates cost and do: complexity (DISC-2), accuracy (DISC-3), generalisation
// across n (DISC-4), accuracy against beta (DISC-11).
public static partial class DiscoveryClaims
{
    /// <summary>DISC-2: mean KL bits of double-sided &gt; pudding &gt; convexity networks (n = 16).</summary>
    public static ClaimMeasurement Ordering(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "complexity ordering of the algorithms";
        const string threshold = "mean KL bits: double-sided > pudding > convexity";
        var generated = Generated(networks, Protocol.PhaseDimension).Where(r => r.KlBits.HasValue).ToArray();
        double? Mean(Func<AlgorithmLabel, bool> label) =>
            generated.Where(r => label(r.Algorithm)).Select(r => r.KlBits!.Value).DefaultIfEmpty(double.NaN).Average() is var m && double.IsNaN(m) ? null : m;
        if (generated.Length == 0) return NotRun("DISC-2", title, "no generated networks at n = 16 in these results", threshold);
        var (ds, pudding, convexity) = (Mean(l => l == AlgorithmLabel.DoubleSided), Mean(l => l.IsPudding), Mean(l => l == AlgorithmLabel.Convexity));
        static string Bits(double? mean) => mean is { } m ? $"{m:F0} bits" : "absent";
        // An algorithm that never appears cannot take its place in the order: the claim fails, it is not skipped.
        return Result("DISC-2", title, ds > pudding && pudding > convexity,
            $"double-sided {Bits(ds)}, pudding {Bits(pudding)}, convexity {Bits(convexity)}", threshold);
    }

    /// <summary>DISC-3: double-sided and pudding pass the 2% check; convexity reaches R^2 >= 0.5 but fails 2%.</summary>
    public static ClaimMeasurement Accuracy(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "accuracy of each algorithm";
        var threshold = $">= {Percent(AccuracyShare)} of double-sided and pudding pass 2%; >= {Percent(AccuracyShare)} of convexity have R^2 >= {ConvexityR2} and fail 2%";
        var generated = Generated(networks, Protocol.PhaseDimension).ToArray();
        var exact = generated.Where(r => r.Algorithm == AlgorithmLabel.DoubleSided || r.Algorithm.IsPudding).ToArray();
        var convex = generated.Where(r => r.Algorithm == AlgorithmLabel.Convexity).ToArray();
        if (exact.Length == 0 || convex.Length == 0)
            return NotRun("DISC-3", title, "no double-sided/pudding or no convexity networks at n = 16", threshold);
        var exactPass = Share(exact, r => r.Check.Pass);
        var convexLoose = Share(convex, r => r.Check.R2 >= ConvexityR2 && !r.Check.Pass);
        return Result("DISC-3", title, exactPass >= AccuracyShare && convexLoose >= AccuracyShare,
            $"{Percent(exactPass)} of {exact.Length} double-sided/pudding pass; {Percent(convexLoose)} of {convex.Length} convexity have R^2 >= {ConvexityR2} and fail", threshold);
    }

    /// <summary>DISC-4: at the lowest beta, every swept n but the phase dimension (trained, held-out and larger) is double-sided and passes the check.</summary>
    public static ClaimMeasurement Generalisation(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "systematic generalisation across n";
        var threshold = $"at the lowest beta, for every swept n other than 16: >= {Percent(GeneralisationShare)} double-sided and >= {Percent(GeneralisationShare)} pass";
        var generated = networks.Where(r => r.IsGenerated).ToArray();
        if (generated.Length == 0) return NotRun("DISC-4", title, "no generated networks in these results", threshold);
        var lowest = generated.Min(r => r.Beta!.Value);
        var perN = generated.Where(r => r.Beta == lowest && r.N != Protocol.PhaseDimension).GroupBy(r => r.N).OrderBy(g => g.Key)
            .Select(g => (n: g.Key, ds: Share(g.ToArray(), r => r.Algorithm == AlgorithmLabel.DoubleSided), pass: Share(g.ToArray(), r => r.Check.Pass))).ToArray();
        if (perN.Length == 0) return NotRun("DISC-4", title, "no dimension other than 16 in these results", threshold);
        return Result("DISC-4", title, perN.All(p => p.ds >= GeneralisationShare && p.pass >= GeneralisationShare),
            string.Join("; ", perN.Select(p => $"n={p.n}: {Percent(p.ds)} ds, {Percent(p.pass)} pass")), threshold);
    }

    /// <summary>
    /// DISC-11: accuracy follows beta as the algorithms' theory says: the median p99 error of double-sided networks
    /// does not rise as beta falls and passes the check at the lowest double-sided level; convexity networks all
    /// fail the check, and their median R^2 does not fall as beta falls.
    /// </summary>
    public static ClaimMeasurement Trends(IReadOnlyList<NetworkResult> networks)
    {
        const string title = "accuracy follows beta (n = 16)";
        var threshold = $"double-sided median p99 non-decreasing in beta and within the check at its lowest beta; convexity: none passes, median R^2 non-increasing in beta";
        var generated = Generated(networks, Protocol.PhaseDimension).ToArray();
        (double Beta, double Value)[] PerLevel(AlgorithmLabel label, Func<NetworkResult, double> value) =>
            generated.Where(r => r.Algorithm == label).GroupBy(r => r.Beta!.Value).OrderBy(g => g.Key)
                .Select(g => (g.Key, Median.Of(g.Select(value)))).ToArray();
        var errors = PerLevel(AlgorithmLabel.DoubleSided, r => r.Check.P99RelError);
        var fits = PerLevel(AlgorithmLabel.Convexity, r => r.Check.R2);
        if (errors.Length < 2 || fits.Length == 0) return NotRun("DISC-11", title, "fewer than two double-sided levels or no convexity level at n = 16", threshold);
        var convexity = generated.Where(r => r.Algorithm == AlgorithmLabel.Convexity).ToArray();
        var errorsRise = errors.Zip(errors.Skip(1)).All(p => p.First.Value <= p.Second.Value);
        var fitsFall = fits.Zip(fits.Skip(1)).All(p => p.First.Value >= p.Second.Value);
        var lowestPasses = errors[0].Value <= generated[0].Check.Tolerance;
        static string Series((double Beta, double Value)[] levels, Func<double, string> format) => string.Join(", ", levels.Select(l => $"{Beta(l.Beta)}: {format(l.Value)}"));
        return Result("DISC-11", title, errorsRise && lowestPasses && fitsFall && convexity.All(r => !r.Check.Pass),
            $"double-sided median p99 {Series(errors, e => (100 * e).ToString("F2", CultureInfo.InvariantCulture) + "%")}; convexity median R^2 {Series(fits, f => f.ToString("F3", CultureInfo.InvariantCulture))}, {convexity.Count(r => r.Check.Pass)} of {convexity.Length} pass", threshold);
    }
}
