using Verification.Algorithms;
using Verification.Classifier;
using Verification.Errors;
using Verification.Vocabulary;

namespace Verification.Properties.Algorithms;

/// <summary>
/// The encoders' arguments and layout: n from 1 to 1024 inclusive, positive finite k, B and s, one sign per input,
/// mixed pudding only where both signs fit; H = 3n by default, padded with dead neurons, and refused when the
/// algorithm needs more; the names the command line accepts; and the bounds' formulas as the docs state them.
/// </summary>
public class EncodingArgumentTests
{
    /// <summary>The largest n an encoding accepts (README, "Limits").</summary>
    const int MaxDimension = 1024;

    [TestCase(0)]
    [TestCase(MaxDimension + 1)]
    public void A_dimension_outside_1_to_1024_is_refused(int n) =>
        Assert.That(() => DoubleSided.Encode(n, 10), Throws.TypeOf<BadInputException>());

    [Test]
    public void The_largest_dimension_is_accepted() =>
        Assert.That(DoubleSided.Encode(MaxDimension, 10).Inputs, Is.EqualTo(MaxDimension));

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void A_parameter_that_is_not_a_positive_number_is_refused_by_name(double value) =>
        Assert.Multiple(() =>
        {
            Assert.That(() => DoubleSided.Encode(2, value), Throws.TypeOf<BadInputException>().With.Message.StartsWith("k must be"));
            Assert.That(() => Pudding.Encode(PuddingVariant.Positive, 2, value), Throws.TypeOf<BadInputException>().With.Message.StartsWith("k must be"));
            Assert.That(() => Pudding.Encode(PuddingVariant.Positive, 2, bias: value), Throws.TypeOf<BadInputException>().With.Message.StartsWith("B must be"));
            Assert.That(() => Pudding.Encode(PuddingVariant.Positive, 2, s: value), Throws.TypeOf<BadInputException>().With.Message.StartsWith("s must be"));
            Assert.That(() => Pudding.Encode(2, 10, 5, value, [1, 1]), Throws.TypeOf<BadInputException>().With.Message.StartsWith("s must be"));
        });

    [Test]
    public void Pudding_with_explicit_signs_checks_the_dimension_itself() =>
        Assert.That(() => Pudding.Encode(0, 10, 5, 1, []), Throws.TypeOf<BadInputException>().With.Message.StartsWith("n must be at least 1"));

    [Test]
    public void Pudding_needs_one_sign_of_plus_or_minus_one_per_input() =>
        Assert.Multiple(() =>
        {
            Assert.That(() => Pudding.Encode(2, 10, 5, 1, [1]), Throws.ArgumentException);
            Assert.That(() => Pudding.Encode(2, 10, 5, 1, [1, 0]), Throws.ArgumentException);
            Assert.That(() => Pudding.Encode(2, 10, 5, 1, [1, 2]), Throws.ArgumentException);
            Assert.That(Pudding.Encode(2, 10, 5, 1, [1, -1]).Inputs, Is.EqualTo(2));
        });

    [Test]
    public void The_signs_of_each_variant()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Pudding.Signs(PuddingVariant.Positive, 3), Is.EqualTo(new[] { 1, 1, 1 }));
            Assert.That(Pudding.Signs(PuddingVariant.Negative, 3), Is.EqualTo(new[] { -1, -1, -1 }));
            Assert.That(Pudding.Signs(PuddingVariant.Mixed, 5), Is.EqualTo(new[] { 1, -1, 1, -1, 1 }));
            Assert.That(Pudding.Signs(PuddingVariant.Mixed, 2), Is.EqualTo(new[] { 1, -1 }));
            Assert.That(() => Pudding.Signs(PuddingVariant.Mixed, 1), Throws.TypeOf<BadInputException>());
        });
    }

    [Test]
    public void The_default_width_is_3n_padded_with_dead_neurons()
    {
        var ds = DoubleSided.Encode(4, 10);
        var pudding = Pudding.Encode(PuddingVariant.Positive, 4);
        Assert.Multiple(() =>
        {
            Assert.That((ds.Hidden, pudding.Hidden), Is.EqualTo((12, 12)));
            Assert.That(ds.V.Skip(8), Is.All.EqualTo(0.0));
            Assert.That(ds.W.Skip(8).SelectMany(r => r), Is.All.EqualTo(0.0));
            Assert.That(pudding.V.Skip(5).Concat(pudding.B.Skip(5)), Is.All.EqualTo(0.0));
        });
    }

    [Test]
    public void A_width_below_what_the_algorithm_needs_is_refused_and_the_exact_width_is_accepted() =>
        Assert.Multiple(() =>
        {
            Assert.That(() => DoubleSided.Encode(4, 10, hidden: 7), Throws.ArgumentException);
            Assert.That(DoubleSided.Encode(4, 10, hidden: 8).Hidden, Is.EqualTo(8));
            Assert.That(() => Pudding.Encode(4, 10, 5, 1, [1, 1, 1, 1], hidden: 4), Throws.ArgumentException);
            Assert.That(Pudding.Encode(4, 10, 5, 1, [1, 1, 1, 1], hidden: 5).Hidden, Is.EqualTo(5));
        });

    [Test]
    public void Every_name_encodes_the_algorithm_it_names_and_others_are_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HandEncoded.Labels, Is.EqualTo(new[]
                { AlgorithmLabel.DoubleSided, AlgorithmLabel.PositivePudding, AlgorithmLabel.NegativePudding, AlgorithmLabel.MixedPudding, AlgorithmLabel.Convexity }));
            foreach (var name in HandEncoded.Labels)
            {
                Assert.That(HandEncoded.Parse(name.Name), Is.EqualTo(name));
                Assert.That(AlgorithmClassifier.Classify(HandEncoded.Encode(name, 4)).Algorithm, Is.EqualTo(name));
            }
            Assert.That(() => HandEncoded.Parse("relu"), Throws.TypeOf<BadInputException>().With.Message.Contains("relu"));
            Assert.That(() => HandEncoded.Parse("relu"), Throws.TypeOf<BadInputException>().With.Message.Contains("use one of double-sided, positive-pudding, negative-pudding, mixed-pudding, convexity"));
            Assert.That(() => HandEncoded.Encode(AlgorithmLabel.Unclassified, 4), Throws.TypeOf<BadInputException>().With.Message.Contains("unclassified"));
        });
    }

    [Test]
    public void The_bounds_are_the_documented_formulas()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DoubleSided.ErrorBound(8, 4), Is.EqualTo(0.5569290855 * 8 / 4));
            Assert.That(Pudding.DefaultB(9, 2), Is.EqualTo(10 * 3 * 2.0));
            Assert.That(Pudding.Margin([1, -2, 0.5], [1, -1, 1], 10, 2), Is.EqualTo(10 - 2 * (1 + 2 + 0.5)));
            Assert.That(Pudding.ErrorBoundInside(3, 50, 2, 4), Is.EqualTo(0.5569290855 * 3 / 50 + 4 / (1 + Math.Exp(4)) / 2).Within(1e-15));
        });
    }

    [Test]
    public void A_named_pudding_has_the_default_bias_unless_given_one()
    {
        var byDefault = Pudding.Encode(PuddingVariant.Negative, 4, s: 2);
        var given = Pudding.Encode(PuddingVariant.Negative, 4, bias: 3, s: 2);
        Assert.Multiple(() =>
        {
            Assert.That((byDefault.B[4], byDefault.C), Is.EqualTo((Pudding.DefaultB(4, 2), -Pudding.DefaultB(4, 2) / 2)));
            Assert.That((given.B[4], given.C), Is.EqualTo((3.0, -1.5)));
            Assert.That(given.W[4], Is.EqualTo(new[] { 2.0, 2, 2, 2 }), "w_i = -sigma_i s");
            Assert.That((given.V[0], given.V[4]), Is.EqualTo((2 / Pudding.DefaultK, 0.5)));
        });
    }

    /// <summary>Every hand encoding checks k, s and B, also those it does not use (convexity uses none, double-sided only k).</summary>
    [Test]
    public void Every_algorithm_refuses_a_non_positive_k_s_or_b_by_name()
    {
        Assert.Multiple(() =>
        {
            foreach (var algorithm in HandEncoded.Labels)
            {
                Assert.That(() => HandEncoded.Encode(algorithm, 4, k: 0), Throws.TypeOf<BadInputException>().With.Message.StartsWith("k must be a positive number"), $"{algorithm} k");
                Assert.That(() => HandEncoded.Encode(algorithm, 4, s: -1), Throws.TypeOf<BadInputException>().With.Message.StartsWith("s must be a positive number"), $"{algorithm} s");
                Assert.That(() => HandEncoded.Encode(algorithm, 4, bias: double.NegativeInfinity), Throws.TypeOf<BadInputException>().With.Message.StartsWith("B must be a positive number"), $"{algorithm} B");
                Assert.That(HandEncoded.Encode(algorithm, 4, k: 10, bias: 20, s: 1).Inputs, Is.EqualTo(4), $"{algorithm} with good settings");
            }
        });
    }
}
