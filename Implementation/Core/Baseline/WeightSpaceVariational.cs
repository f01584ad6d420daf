using Parameter = TorchSharp.Modules.Parameter;
using Verification.Hypernetwork;
using Verification.Networks;
using Verification.Training;
using static TorchSharp.torch;

namespace Verification.Baseline;

/// <summary>
/// What the hypernetwork amortises: for each beta, its own mean-field Gaussian over the weights of an
/// n -> 3n -> 1 swish MLP, trained directly on the hypernetwork's loss, MSE + beta KL
/// (paper-and-math.md section 3). The betas train side by side as one batch of models. They stay
/// independent: the loss is a sum over models, Adam is elementwise, and every model draws its inputs and
/// weight noise from its own generator. So model k follows exactly the trajectory it would follow alone.
/// </summary>
public sealed class WeightSpaceVariational : IDisposable
{
    /// <summary>Defaults are the section-3 experiment's: 8 weight samples x 256 inputs per step, Adam at 3e-3, the shipped objective.</summary>
    public sealed record Options(int N = 16, int Samples = 8, int Inputs = 256, double LearningRate = 3e-3, long Seed = 0,
        Objective? Objective = null)
    {
        public Objective Loss => Objective ?? Objective.Shipped;
    }

    /// <summary>sigma starts at exp(-3) ~ 0.05, the section-3 start (softplus(-3)).</summary>
    const double InitialLogSigma = -3;

    readonly Options options;
    readonly Tensor beta;                                  // [models]
    readonly Generator[] generators;                       // one per model
    readonly Parameter muW, logSigmaW;                     // [models, H, n]
    readonly Parameter muB, logSigmaB, muV, logSigmaV;     // [models, H]
    readonly Parameter muC, logSigmaC;                     // [models]
    readonly Adam adam;

    public int Models => generators.Length;
    public int Step { get; private set; }

    /// <summary>
    /// One model per beta. Each model's means start at PyTorch's Linear initialisation, or at the network
    /// starts[k] when given (the landscape starts each model at a hand-encoded algorithm).
    /// </summary>
    public WeightSpaceVariational(IReadOnlyList<double> betas, Options options, IReadOnlyList<Network>? starts = null)
    {
        Torch.Initialise();
        if (betas.Count == 0 || betas.Any(b => !(b > 0))) throw new ArgumentException("need at least one positive beta");
        if (starts is not null && (starts.Count != betas.Count || starts.Any(net => net.Inputs != options.N || net.Hidden != HypernetworkShape.HiddenFor(options.N))))
            throw new ArgumentException("need one start network of the models' shape per beta");
        this.options = options;
        var (n, h) = (options.N, HypernetworkShape.HiddenFor(options.N));
        beta = tensor(betas.Select(b => (float)b).ToArray()).DetachFromDisposeScope();
        generators = betas.Select((_, k) => Torch.Generator(StepSeed.Of(options.Seed, k))).ToArray();

        // Each model's initial means come from its own generator: PyTorch's Linear start, U(+-1/sqrt(fan_in)).
        Tensor Uniform(long[] shape, int fanIn) =>
            stack(generators.Select(g => (rand(shape, dtype: float32, generator: g) * 2 - 1) / Math.Sqrt(fanIn)).ToArray());
        Parameter Owned(Tensor t) => new Parameter(t.DetachFromDisposeScope());
        if (starts is null)
        {
            muW = Owned(Uniform([h, n], n));
            muB = Owned(Uniform([h], n));
            muV = Owned(Uniform([h], h));
            muC = Owned(options.Loss.Bias(Uniform([], h)));
        }
        else
        {
            using var batch = NetworkBatch.From(starts);
            muW = Owned(batch.W.to_type(float32));
            muB = Owned(batch.B.to_type(float32));
            muV = Owned(batch.V.to_type(float32));
            muC = Owned(options.Loss.Bias(batch.C.to_type(float32)));
        }
        logSigmaW = Owned(full_like(muW, InitialLogSigma));
        logSigmaB = Owned(full_like(muB, InitialLogSigma));
        logSigmaV = Owned(full_like(muV, InitialLogSigma));
        logSigmaC = Owned(full_like(muC, InitialLogSigma));
        // Without an output bias nothing reaches c, so Adam does not hold it.
        adam = new Adam(options.Loss.OutputBias
            ? [muW, logSigmaW, muB, logSigmaB, muV, logSigmaV, muC, logSigmaC]
            : [muW, logSigmaW, muB, logSigmaB, muV, logSigmaV]);
    }

    WeightPosterior Posterior => new(muW, logSigmaW, muB, logSigmaB, muV, logSigmaV, muC, logSigmaC);

    /// <summary>Runs Adam steps on every model at once.</summary>
    public void Train(int steps)
    {
        using var flush = DenormalFlush.Scope();
        for (var s = 0; s < steps; s++, Step++)
        {
            using var scope = NewDisposeScope();
            var (models, samples) = (Models, options.Samples);
            var noise = Noise(samples);                                               // [models * samples, ...]
            var z = cat(generators.Select(g => randn([samples, options.Inputs, options.N], generator: g)).ToArray());
            var r = cat(generators.Select(g => options.Loss.Scale.Sample([samples, options.Inputs], g)).ToArray());
            var x = z * r.unsqueeze(-1);                                              // [models * samples, inputs, n]
            var (w, b, v, c) = Expanded(samples).Sample(noise);
            var mse = Objective.Mse(NetworkBatch.Forward(w, b, v, options.Loss.Bias(c), x), x, r).view(models, samples).mean([1]);
            var loss = TrainingLoss.PerNetwork(mse, Kl(), beta, options.N, options.Loss.DimensionPower).sum();
            adam.ZeroGradients();
            loss.backward();
            adam.Step(options.LearningRate);
        }
    }

    /// <summary>
    /// Every model's converged objective, estimated on fresh draws (samples weight draws x inputs inputs per
    /// model, from seed): the error term, the KL in nats and the loss, each [models].
    /// </summary>
    public (double[] Mse, double[] KlNats, double[] Loss) Evaluate(int samples, int inputs, long seed)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var generator = Torch.Generator(seed);
        var mse = new double[Models];
        for (var k = 0; k < Models; k++)
        {
            using var step = NewDisposeScope();
            var noise = WeightNoise.Draw(samples, options.N, tokenSize: 0, generator);
            var z = randn([samples, inputs, options.N], generator: generator);
            var r = options.Loss.Scale.Sample([samples, inputs], generator);
            var x = z * r.unsqueeze(-1);
            var (w, b, v, c) = Model(k, samples).Sample(noise);
            mse[k] = Objective.Mse(NetworkBatch.Forward(w, b, v, options.Loss.Bias(c), x), x, r).mean().item<float>();
        }
        var kl = Kl().data<float>().ToArray().Select(x => (double)x).ToArray();
        var loss = TrainingLoss.PerNetwork(tensor(mse), tensor(kl), beta.to_type(float64), options.N, options.Loss.DimensionPower).data<double>().ToArray();
        return (mse, kl, loss);
    }

    /// <summary>count networks drawn from every model's posterior, model-major: network k * count + i is model k's i-th.</summary>
    public NetworkBatch Sample(int count, long seed)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        using var generator = Torch.Generator(seed);
        var noise = WeightNoise.Draw(Models * count, options.N, tokenSize: 0, generator);
        var (w, b, v, c) = Expanded(count).Sample(noise);
        c = options.Loss.Bias(c);
        return new NetworkBatch(
            w.to_type(float64).MoveToOuterDisposeScope(), b.to_type(float64).MoveToOuterDisposeScope(),
            v.to_type(float64).MoveToOuterDisposeScope(), c.to_type(float64).MoveToOuterDisposeScope());
    }

    /// <summary>Every model's mean network, mu: [models] networks.</summary>
    public NetworkBatch Means()
    {
        using var noGrad = no_grad();
        return new NetworkBatch(muW.to_type(float64), muB.to_type(float64), muV.to_type(float64), muC.to_type(float64));
    }

    /// <summary>KL(q || prior) per model, in nats: [models].</summary>
    Tensor Kl() => options.Loss.KlNats(Posterior);


    /// <summary>Model k's posterior repeated count times along the network axis.</summary>
    WeightPosterior Model(int k, int count)
    {
        Tensor Repeat(Tensor t) => t[k].unsqueeze(0).expand([count, .. t.shape[1..]]);
        return new WeightPosterior(Repeat(muW), Repeat(logSigmaW), Repeat(muB), Repeat(logSigmaB),
            Repeat(muV), Repeat(logSigmaV), Repeat(muC), Repeat(logSigmaC));
    }

    /// <summary>Each model's posterior repeated count times along the network axis.</summary>
    WeightPosterior Expanded(int count)
    {
        Tensor Repeat(Tensor t) => t.repeat_interleave(count, 0);
        return new WeightPosterior(Repeat(muW), Repeat(logSigmaW), Repeat(muB), Repeat(logSigmaB),
            Repeat(muV), Repeat(logSigmaV), Repeat(muC), Repeat(logSigmaC));
    }

    /// <summary>Weight noise for samples draws per model, each model's from its own generator (no tokens: nothing generates).</summary>
    WeightNoise Noise(int samples) =>
        WeightNoise.Concatenate(generators.Select(g => WeightNoise.Draw(samples, options.N, tokenSize: 0, g)).ToArray());

    public void Dispose()
    {
        adam.Dispose();
        foreach (var t in new Tensor[] { beta, muW, logSigmaW, muB, logSigmaB, muV, logSigmaV, muC, logSigmaC }) t.Dispose();
        foreach (var g in generators) g.Dispose();
    }
}
