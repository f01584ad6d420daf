using Verification.Networks;

namespace Verification.Properties.Support;

/// <summary>
/// Weight transformations that must not change which algorithm a network implements (the classifier's
/// invariances), plus the breakages that must.
/// </summary>
public static class Transform
{
    public static Network PermuteNeurons(Network net, int[] order) => net.With(
        w: order.Select(j => net.W[j]).ToArray(),
        b: order.Select(j => net.B[j]).ToArray(),
        v: order.Select(j => net.V[j]).ToArray());

    public static Network PermuteInputs(Network net, int[] order) =>
        net.With(w: net.W.Select(row => order.Select(i => row[i]).ToArray()).ToArray());

    public static Network AddDeadNeurons(Network net, int count, Random random) => net.With(
        w: net.W.Concat(Enumerable.Range(0, count).Select(_ => Row(net.Inputs, random))).ToArray(),
        b: net.B.Concat(Enumerable.Range(0, count).Select(_ => random.NextDouble())).ToArray(),
        v: net.V.Concat(Enumerable.Repeat(0.0, count)).ToArray());

    /// <summary>Neuron j appears twice, with output weights share * v_j and (1 - share) * v_j.</summary>
    public static Network DuplicateNeuron(Network net, int j, double share) => net.With(
        w: net.W.Append(net.W[j]).ToArray(),
        b: net.B.Append(net.B[j]).ToArray(),
        v: net.V.Select((x, i) => i == j ? share * x : x).Append((1 - share) * net.V[j]).ToArray());

    /// <summary>(W_j, b_j, v_j) -> (a W_j, a b_j, v_j / a) for every neuron whose ||W_j|| is at least minNorm.</summary>
    public static Network RescaleSaturated(Network net, double a, double minNorm)
    {
        bool Sharp(int j) => Math.Sqrt(net.W[j].Sum(w => w * w)) >= minNorm;
        return net.With(
            w: net.W.Select((row, j) => Sharp(j) ? row.Select(w => a * w).ToArray() : row).ToArray(),
            b: net.B.Select((x, j) => Sharp(j) ? a * x : x).ToArray(),
            v: net.V.Select((x, j) => Sharp(j) ? x / a : x).ToArray());
    }

    /// <summary>Every parameter p becomes p (1 + relative e1) + absolute e2, with e1, e2 ~ N(0, 1).</summary>
    public static Network AddRelativeNoise(Network net, double relative, double absolute, Random random)
    {
        double Noisy(double p) => p * (1 + relative * Gaussian(random)) + absolute * Gaussian(random);
        return net.With(
            w: net.W.Select(row => row.Select(Noisy).ToArray()).ToArray(),
            b: net.B.Select(Noisy).ToArray(),
            v: net.V.Select(Noisy).ToArray(),
            c: Noisy(net.C));
    }

    public static Network SetWeight(Network net, int j, int i, double value) =>
        net.With(w: net.W.Select((row, r) => r == j ? row.Select((w, c) => c == i ? value : w).ToArray() : row).ToArray());

    public static Network SetOutputWeight(Network net, int j, double value) =>
        net.With(v: net.V.Select((x, r) => r == j ? value : x).ToArray());

    public static int[] Shuffle(int count, Random random)
    {
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    public static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    static double[] Row(int n, Random random) => Enumerable.Range(0, n).Select(_ => Gaussian(random)).ToArray();
}
