using Verification.Hypernetwork;
using Verification.Problem;
using Verification.Training;
using static TorchSharp.torch;

namespace Verification.Properties.Hypernetwork;

/// <summary>
/// The objective's arithmetic against its formulas, written out here in plain doubles: the Gaussian KL in nats
/// for any prior width, its sum over a network's weights (with and without the output bias), the loss's n-scaling,
/// the beta weighting, and the scale-relative squared error. Training only ever sees these numbers through
/// gradients, so a wrong sign or factor here would train a different objective without any other test noticing.
/// </summary>
public class ObjectiveArithmeticTests
{
    /// <summary>KL(N(mu, s^2) || N(0, p^2)) = log(p / s) + (mu^2 + s^2) / (2 p^2) - 1/2.</summary>
    static double Kl(double mu, double logSigma, double prior) =>
        Math.Log(prior) - logSigma + (mu * mu + Math.Exp(2 * logSigma)) / (2 * prior * prior) - 0.5;

    static readonly double[] Mus = [-1.5, -0.2, 0, 0.7, 2.0];
    static readonly double[] LogSigmas = [-2, -0.5, 0, 0.3];

    static double[] Values(Tensor t) => t.to_type(float64).data<double>().ToArray();

    [TestCase(1.0)]
    [TestCase(0.5)]
    [TestCase(3.0)]
    public void The_Gaussian_KL_is_the_closed_form_for_every_mean_width_and_prior(double prior)
    {
        Verification.Torch.Initialise();
        var pairs = Mus.SelectMany(mu => LogSigmas.Select(ls => (mu, ls))).ToArray();
        using var mu = tensor(pairs.Select(p => p.mu).ToArray(), float64);
        using var logSigma = tensor(pairs.Select(p => p.ls).ToArray(), float64);
        using var nats = GaussianKl.Nats(mu, logSigma, prior);
        Assert.That(Values(nats), Is.EqualTo(pairs.Select(p => Kl(p.mu, p.ls, prior)).ToArray()).Within(1e-12));
    }

    [Test]
    public void The_KL_is_zero_only_where_the_posterior_is_the_prior()
    {
        Verification.Torch.Initialise();
        using var atPrior = GaussianKl.Nats(tensor(new[] { 0.0, 0.0 }, float64), tensor(new[] { 0.0, Math.Log(2) }, float64), 2);
        Assert.That(Values(atPrior), Is.EqualTo(new[] { Kl(0, 0, 2), 0.0 }).Within(1e-12));
        Assert.That(Values(atPrior)[0], Is.GreaterThan(0.1));
    }

    /// <summary>A posterior with every weight's (mu, log sigma) distinct, so each part's sum is visible in the total.</summary>
    static WeightPosterior Posterior(int nets, int h, int n)
    {
        Verification.Torch.Initialise();
        Tensor Ramp(long[] shape, double start) =>
            (arange(shape.Aggregate(1L, (a, b) => a * b), dtype: float64) * 0.01 + start).reshape(shape);
        return new WeightPosterior(
            Ramp([nets, h, n], 0.1), Ramp([nets, h, n], -0.3),
            Ramp([nets, h], -0.2), Ramp([nets, h], 0.1),
            Ramp([nets, h], 0.3), Ramp([nets, h], -0.1),
            Ramp([nets], 0.5), Ramp([nets], -0.4));
    }

    static double[] PerNetwork(Tensor mu, Tensor logSigma, double prior)
    {
        var (m, s) = (Values(mu), Values(logSigma));
        var nets = (int)mu.shape[0];
        var per = m.Length / nets;
        return Enumerable.Range(0, nets).Select(k => Enumerable.Range(k * per, per).Sum(i => Kl(m[i], s[i], prior))).ToArray();
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_networks_KL_sums_every_weight_against_its_roles_prior_and_charges_c_only_with_an_output_bias(bool outputBias)
    {
        var q = Posterior(nets: 2, h: 3, n: 4);
        var prior = new WeightPrior(0.5, 2, 1.5, 3);
        var w = PerNetwork(q.MuW, q.LogSigmaW, prior.SigmaW);
        var b = PerNetwork(q.MuB, q.LogSigmaB, prior.SigmaB);
        var v = PerNetwork(q.MuV, q.LogSigmaV, prior.SigmaV);
        var c = PerNetwork(q.MuC.unsqueeze(1), q.LogSigmaC.unsqueeze(1), prior.SigmaC);
        var expected = Enumerable.Range(0, 2).Select(k => w[k] + b[k] + v[k] + (outputBias ? c[k] : 0)).ToArray();
        var objective = Objective.Shipped with { Prior = prior, OutputBias = outputBias };
        Assert.Multiple(() =>
        {
            Assert.That(Values(q.KlNats(prior, outputBias)), Is.EqualTo(expected).Within(1e-9));
            Assert.That(Values(objective.KlNats(q)), Is.EqualTo(expected).Within(1e-9));
        });
    }

    [Test]
    public void The_standard_prior_is_N01_for_every_weight()
    {
        var q = Posterior(nets: 2, h: 3, n: 4);
        var expected = Values(q.KlNats(new WeightPrior(1, 1, 1, 1)));
        Assert.Multiple(() =>
        {
            Assert.That(Values(q.KlNats()), Is.EqualTo(expected));
            Assert.That(WeightPrior.Standard.IsStandard, Is.True);
            Assert.That(new WeightPrior(1, 1, 1, 2).IsStandard, Is.False);
        });
    }

    [Test]
    public void KL_bits_are_nats_over_ln_2() =>
        Assert.That(Math.Pow(2, GaussianKl.BitsPerNat), Is.EqualTo(Math.E).Within(1e-12));

    [TestCase(16, 0)]
    [TestCase(4, 0)]
    [TestCase(64, 0)]
    [TestCase(4, 3)]
    [TestCase(64, 3)]
    [TestCase(2, -0.5)]
    public void The_loss_is_16_over_n_to_one_plus_gamma_times_the_error_plus_beta_times_16_over_n_squared_times_the_KL(int n, double gamma)
    {
        Verification.Torch.Initialise();
        double[] mse = [0.3, 1.2], kl = [50, 7], beta = [1e-3, 0.2];
        using var loss = TrainingLoss.PerNetwork(tensor(mse, float64), tensor(kl, float64), tensor(beta, float64), n, gamma);
        var scale = 16.0 / n;
        var weight = Math.Pow(scale, 1 + gamma);
        Assert.That(Values(loss), Is.EqualTo(new[] { weight * mse[0] + beta[0] * kl[0] * scale * scale, weight * mse[1] + beta[1] * kl[1] * scale * scale }).Within(1e-12));
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(7)]
    [TestCase(128)]
    public void Gamma_zero_is_the_shipped_loss_bit_for_bit(int n)
    {
        Verification.Torch.Initialise();
        using var mse = rand(64, float32);
        using var kl = rand(64, float32) * 1000;
        using var beta = rand(64, float32);
        var scale = 16.0 / n;
        using var shipped = scale * mse + beta * kl * (scale * scale);
        using var loss = TrainingLoss.PerNetwork(mse, kl, beta, n, 0);
        Assert.That(loss.eq(shipped).all().item<bool>(), Is.True);
    }

    [TestCase(0, true)]
    [TestCase(8, true)]
    [TestCase(-8, true)]
    [TestCase(8.000001, false)]
    [TestCase(-8.000001, false)]
    [TestCase(double.NaN, false)]
    [TestCase(double.PositiveInfinity, false)]
    public void A_dimension_power_is_within_plus_or_minus_eight(double gamma, bool allowed) =>
        Assert.That(Objective.IsDimensionPower(gamma), Is.EqualTo(allowed));

    [Test]
    public void A_dimension_power_of_zero_is_left_out_of_the_json_and_read_back_as_zero()
    {
        var shipped = System.Text.Json.JsonSerializer.Serialize(Objective.Shipped);
        var weighted = System.Text.Json.JsonSerializer.Serialize(Objective.Shipped with { DimensionPower = 3 });
        Assert.Multiple(() =>
        {
            Assert.That(shipped, Does.Not.Contain(nameof(Objective.DimensionPower)));
            Assert.That(System.Text.Json.JsonSerializer.Deserialize<Objective>(shipped), Is.EqualTo(Objective.Shipped));
            Assert.That(System.Text.Json.JsonSerializer.Deserialize<Objective>(weighted)!.DimensionPower, Is.EqualTo(3));
        });
    }

    [Test]
    public void The_beta_weight_is_beta_over_the_geometric_mid_beta_to_the_minus_balance()
    {
        Verification.Torch.Initialise();
        double[] betas = [1e-6, 1e-4, 1e-2];
        using var weight = TrainingLoss.BetaWeight(tensor(betas, float64), 1e-6, 1e-2, 0.5);
        using var flat = TrainingLoss.BetaWeight(tensor(betas, float64), 1e-6, 1e-2, 0);
        Assert.Multiple(() =>
        {
            Assert.That(Values(weight), Is.EqualTo(betas.Select(b => Math.Pow(b / 1e-4, -0.5)).ToArray()).Within(1e-12));
            Assert.That(Values(flat), Is.EqualTo(new[] { 1.0, 1.0, 1.0 }));
        });
    }

    [Test]
    public void The_error_is_the_mean_squared_scale_relative_gap_to_the_L1_norm()
    {
        Verification.Torch.Initialise();
        // Two networks, two inputs each in R^2: ||x||_1 = 3, 1 | 2, 5; errors f - ||x||_1 = -1, 1 | 1, -2.
        using var x = tensor(new double[] { 1, -2, 0.5, 0.5, -2, 0, 4, 1 }, float64).reshape(2, 2, 2);
        using var f = tensor(new double[] { 2, 2, 3, 3 }, float64).reshape(2, 2);
        using var r = tensor(new double[] { 1, 2, 0.5, 1 }, float64).reshape(2, 2);
        using var mse = Objective.Mse(f, x, r);
        Assert.That(Values(mse), Is.EqualTo(new[] { (1 + 0.25) / 2, (4.0 + 4) / 2 }).Within(1e-12));
    }

    [Test]
    public void Without_an_output_bias_the_network_has_c_zero()
    {
        Verification.Torch.Initialise();
        using var c = tensor(new[] { 0.5, -2.0 }, float64);
        Assert.Multiple(() =>
        {
            Assert.That(Values(Objective.Shipped.Bias(c)), Is.EqualTo(new[] { 0.5, -2.0 }));
            Assert.That(Values((Objective.Shipped with { OutputBias = false }).Bias(c)), Is.EqualTo(new[] { 0.0, 0.0 }));
        });
    }

    [Test]
    public void The_description_names_what_differs_from_the_shipped_objective()
    {
        var changed = new Objective(new WeightPrior(0.5, 1, 1, 1), OutputBias: false, new InputScale(0.1, 10));
        Assert.Multiple(() =>
        {
            Assert.That(Objective.Shipped.ToString(), Is.EqualTo("shipped"));
            Assert.That(changed.ToString(), Is.EqualTo("prior W 0.5, b 1, v 1, c 1; no output bias; input scale 0.1:10"));
            Assert.That((Objective.Shipped with { OutputBias = false }).ToString(), Is.EqualTo("no output bias"));
            Assert.That((Objective.Shipped with { DimensionPower = 3 }).ToString(), Is.EqualTo("error weight (16/n)^4"));
        });
    }
}
