using Verification.Checking;
using Verification.Networks;
using Verification.Problem;

namespace Verification.Properties.Support;

/// <summary>
/// How ACC-1..3 hold a generated network against its algorithm's ideal: both through the L1 check on N(0, I) with
/// the sweep's 2,000 samples, and a bar of 1.5 times the ideal's p99.
/// </summary>
public static class TheoryBar
{
    public const int Samples = 2000;
    public const double Factor = 1.5;

    /// <summary>A network's p99 relative error.</summary>
    public static double P99(Network network) => L1Check.Run(network, InputDomain.Normal, Samples).P99RelError;

    /// <summary>The p99 of the ideal double-sided network of sharpness k at dimension n (DoubleSidedTheory).</summary>
    public static double DoubleSidedIdeal(double k, int n) => DoubleSidedTheory.Ideal(k, n, Samples, seed: 0).P99RelError;

    /// <summary>
    /// Each network's p99 against its ideal's p99, written to the test's output with its beta and sharpness; the
    /// networks above the bar, described.
    /// </summary>
    public static string[] Above(IEnumerable<(double Beta, Network Network)> networks, Func<Network, double> idealP99) =>
        networks.Select(c =>
        {
            var (measured, theory) = (P99(c.Network), idealP99(c.Network));
            TestContext.Out.WriteLine($"beta {c.Beta:E2}: k {DoubleSidedTheory.Sharpness(c.Network):F2}, p99 {measured:P2} against the ideal's {theory:P2} ({measured / theory:F2}x)");
            return (c.Beta, ratio: measured / theory);
        }).ToArray().Where(c => c.ratio > Factor).Select(c => $"beta {c.Beta:E2}: {c.ratio:F2}x").ToArray();
}
