using Verification.Algorithms;
using Verification.Checking;
using Verification.Errors;
using Verification.Networks;
using Verification.Problem;

namespace Verification.Properties.Checking;

/// <summary>
/// The check's arguments at their edges: two samples are the fewest with a spread, so they are accepted and one
/// is refused; a tolerance must be above zero, so zero is refused; a check that would not fit in memory is refused
/// before it starts, naming its size; the memory estimate covers what the check holds at once.
/// </summary>
public class CheckArgumentTests
{
    static CheckResult[] Check(int samples, double tolerance, long blockElements = L1Check.BlockElements)
    {
        using var batch = NetworkBatch.From([DoubleSided.Encode(4, 100)]);
        return L1Check.Run(batch, InputDomain.Normal, samples, tolerance, seed: 0, blockElements);
    }

    [Test]
    public void Two_samples_are_enough_and_one_is_not() =>
        Assert.Multiple(() =>
        {
            Assert.That(Check(samples: 2, tolerance: 0.02), Has.Length.EqualTo(1));
            Assert.That(() => Check(samples: 1, tolerance: 0.02),
                Throws.TypeOf<BadInputException>().With.Message.Contains("samples must be at least 2"));
        });

    [Test]
    public void A_tolerance_of_zero_is_refused() =>
        Assert.That(() => Check(samples: 100, tolerance: 0),
            Throws.TypeOf<BadInputException>().With.Message.Contains("tolerance must be a positive number"));

    [Test]
    public void A_check_too_large_for_memory_is_refused_before_it_starts_and_says_which() =>
        Assert.That(() => Check(samples: int.MaxValue, tolerance: 0.02),
            Throws.TypeOf<BadInputException>().With.Message.StartsWith($"checking {int.MaxValue} samples of n = 4, H = 12 would need"));

    [Test]
    public void An_empty_evaluation_block_is_refused() =>
        Assert.That(() => Check(samples: 100, tolerance: 0.02, blockElements: 0), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void The_memory_estimate_covers_the_inputs_three_buffers_per_hidden_neuron_four_per_sample_and_two_per_network_and_sample()
    {
        // A million samples make the block one sample wide, so the buffers are [samples, H].
        const int samples = 1_000_000, n = 16, h = 64, nets = 25;
        Assert.That(L1Check.EstimatedBytes(samples, n, h, nets), Is.GreaterThanOrEqualTo(8L * samples * (n + 3 * h + 4 + 2 * nets)));
    }
}
