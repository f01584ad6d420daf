namespace Verification.Hypernetwork;

/// <summary>
/// The size of a hypernetwork: the width of its per-neuron MLPs and the length of the noise token that
/// each hidden neuron and each input receives. Neither depends on n, which is what lets one trained
/// hypernetwork generate networks of any input dimension.
/// </summary>
public sealed record HypernetworkShape(int Width = 64, int TokenSize = 4)
{
    /// <summary>Hidden neurons of a generated network: H = 3n, as in the paper (16 -> 48 -> 1).</summary>
    public static int HiddenFor(int n) => 3 * n;
}
