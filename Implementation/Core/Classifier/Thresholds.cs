namespace Verification.Classifier;

/// <summary>
/// The classifier's decision thresholds. Spec/classifier.md explains each one: where the hand-encoded
/// algorithms sit, where broken or random networks sit, and why the threshold lies in the gap between.
/// </summary>
public static class Thresholds
{
    /// <summary>Pre-activation mean/std above which a neuron counts as linear (on for 99.4% of N(0, I_n) inputs).</summary>
    public const double LinearOffset = 2.5;

    /// <summary>max_i |W_ji| / ||W_j|| at or above which a neuron reads one input.</summary>
    public const double AxisAlignment = 0.8;

    /// <summary>||W_j|| (pre-activation std on N(0, I_n)) at or above which a neuron acts as a kink, not a curve.</summary>
    public const double Sharpness = 2.0;

    /// <summary>std(|x_i|) on N(0, 1) = sqrt(1 - 2/pi): the size of one input's part of the task.</summary>
    public static readonly double InputScale = Math.Sqrt(1 - 2 / Math.PI);

    /// <summary>Contribution from one side's kink neurons at which an input counts as covered: a quarter of std(ReLU(x)).</summary>
    public static readonly double Coverage = 0.25 * InputScale;

    /// <summary>Share of the total contribution that the algorithm's own neurons must carry.</summary>
    public const double StructureShare = 0.9;

    /// <summary>Share of the total contribution from smooth neurons with v &gt; 0 for convexity.</summary>
    public const double ConvexShare = 0.8;

    /// <summary>Pudding's linear part must cancel the kink's linear half within a factor of two: -sigma_i l_i / (A_i / 2) in [1/2, 2].</summary>
    public const double PuddingBalanceLow = 0.5;
    public const double PuddingBalanceHigh = 2;

    /// <summary>A neuron whose contribution is below this share of the total is listed as inactive.</summary>
    public const double ActiveShare = 1e-3;
}
