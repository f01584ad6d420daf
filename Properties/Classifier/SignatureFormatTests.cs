using Verification.Classifier;
using Verification.Networks;

namespace Verification.Properties.Classifier;

/// <summary>
/// The weight signature's symbols and numbers at their edges (its legend): a weight at exactly half or a tenth of
/// its row's largest, of either sign, takes the stronger symbol; a number prints as 0 only below 5e-4; a figure that
/// overflows a double prints as inf or -inf.
/// </summary>
public class SignatureFormatTests
{
    [Test]
    public void Shares_of_exactly_one_half_and_one_tenth_take_the_stronger_symbol()
    {
        var signature = WeightSignature.Of(new Network([[4, 2, 0.4, -2, -0.4]], [0], [1], 5e-4));
        var row = signature.Split('\n').SkipWhile(l => !l.StartsWith("role", StringComparison.Ordinal)).Skip(1).First();
        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1].Order()), Is.EqualTo("NPPnp"));
            Assert.That(signature, Does.Contain("c: 0.0005"));
        });
    }

    [Test]
    public void A_slope_beyond_the_largest_double_prints_as_inf_of_its_sign()
    {
        // Finite weights whose v|W| overflows: 1e300 x 1e10. Both neurons carry an infinite share, so both are printed.
        var signature = WeightSignature.Of(new Network([[1e10], [-1e10]], [0, 0], [1e300, -1e300], 0));
        var rows = signature.Split('\n').SkipWhile(l => !l.StartsWith("role", StringComparison.Ordinal)).Skip(1).Take(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(cells => cells[1], cells => cells[^1]);   // weight pattern -> v|W|
        Assert.That(rows, Is.EquivalentTo(new Dictionary<string, string> { ["P"] = "inf", ["N"] = "-inf" }), "the neuron with v > 0 (pattern P) overflows to +inf, the one with v < 0 to -inf");
    }
}
