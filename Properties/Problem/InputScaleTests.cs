using Verification.Problem;
using static TorchSharp.torch;

namespace Verification.Properties.Problem;

/// <summary>
/// The scale laws are what they say: the share of drawn scales below Quantile(q) is q (the fair landscape places its
/// pudding starts at those quantiles), the Pareto law's tail falls as t^-alpha, and a law reads back from its text.
/// </summary>
[Claim("LAND-3")]
public class InputScaleTests
{
    const int Draws = 200_000;

    static double[] Drawn(InputScale scale)
    {
        using var generator = Verification.Torch.Generator(5);
        using var r = scale.Sample([Draws], generator);
        return r.to_type(float64).data<double>().ToArray();
    }

    static IEnumerable<InputScale> Laws() => [new(1, 30), new(0.5, 2), new(1, 1000, 0.5), new(1, 100, 1.5), new(2, 50, 2)];

    [TestCaseSource(nameof(Laws))]
    public void A_share_q_of_the_draws_lies_below_the_q_quantile(InputScale scale)
    {
        var r = Drawn(scale);
        Assert.Multiple(() =>
        {
            foreach (var q in new[] { 0.1, 0.5, 0.9, 0.99 })
                Assert.That(r.Count(x => x <= scale.Quantile(q)) / (double)Draws, Is.EqualTo(q).Within(0.005), $"q = {q}");
            Assert.That(r.Min(), Is.GreaterThanOrEqualTo(scale.Quantile(0) * (1 - 1e-6)));
            Assert.That(r.Max(), Is.LessThanOrEqualTo(scale.Quantile(1) * (1 + 1e-6)));
            Assert.That(scale.Quantile(0), Is.EqualTo(scale.Min).Within(1e-12).Percent);
            Assert.That(scale.Quantile(1), Is.EqualTo(scale.Max).Within(1e-9).Percent);
        });
    }

    [TestCase(0.5)]
    [TestCase(1.0)]
    [TestCase(2.0)]
    public void The_pareto_tail_falls_as_t_to_the_minus_alpha(double alpha)
    {
        // Far below the truncation: P(r > t) = t^-alpha (1 - (t / Max)^alpha) / (1 - Max^-alpha), about t^-alpha.
        var r = Drawn(new InputScale(1, 1e6, alpha));
        foreach (var t in new[] { 2.0, 5.0, 20.0 })
            Assert.That(r.Count(x => x > t) / (double)Draws, Is.EqualTo(Math.Pow(t, -alpha)).Within(0.01), $"t = {t}");
    }

    [Test]
    public void A_law_reads_back_from_its_text_and_bad_text_is_refused()
    {
        Assert.Multiple(() =>
        {
            foreach (var scale in Laws().Append(InputScale.Unit))
                Assert.That(InputScale.Parse(scale.ToString()), Is.EqualTo(scale));
            Assert.That(InputScale.Parse("pareto:1.5:1:100"), Is.EqualTo(new InputScale(1, 100, 1.5)));
            foreach (var bad in new[] { "pareto:0:1:100", "pareto:1:100:1", "pareto:1.5:1", "pareto:nan:1:2", "1:inf", "0:3", "abc" })
                Assert.That(() => InputScale.Parse(bad), Throws.TypeOf<Verification.Errors.BadInputException>(), bad);
        });
    }
}
