using Verification.Networks;

namespace Verification.Properties.Support;

/// <summary>Whether two networks have the same shape and every weight the same 64 bits (so -0 differs from 0).</summary>
public static class Bits
{
    public static bool Same(Network a, Network b) =>
        a.Inputs == b.Inputs && a.Hidden == b.Hidden
        && a.W.SelectMany(r => r).Concat(a.B).Concat(a.V).Append(a.C).Select(BitConverter.DoubleToInt64Bits)
            .SequenceEqual(b.W.SelectMany(r => r).Concat(b.B).Concat(b.V).Append(b.C).Select(BitConverter.DoubleToInt64Bits));
}
