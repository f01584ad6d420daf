namespace Verification.Hypernetwork;

/// <summary>
/// The prior a network's weights are measured against: N(0, sigma^2) per weight, one sigma per role
/// (input weights W, hidden biases b, output weights v, output bias c). The shipped objective uses
/// N(0, 1) for all; the landscape varies them to see which algorithm each prior favours.
/// </summary>
public sealed record WeightPrior(double SigmaW, double SigmaB, double SigmaV, double SigmaC)
{
    public static readonly WeightPrior Standard = new(1, 1, 1, 1);

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsStandard => this == Standard;
}
