namespace Verification.Algorithms;

/// <summary>Small builders for hand-encoded weights: one hidden neuron at a time, padded with dead neurons to H.</summary>
internal static class Neurons
{
    public static double[] Axis(int n, int input, double weight)
    {
        var row = new double[n];
        row[input] = weight;
        return row;
    }

    /// <summary>Pads (rows, b, v) with dead neurons (W = 0, b = 0, v = 0) up to H rows.</summary>
    public static Networks.Network Assemble(List<double[]> rows, List<double> b, List<double> v, double c, int hidden)
    {
        var n = rows[0].Length;
        if (rows.Count > hidden) throw new ArgumentException($"the algorithm needs {rows.Count} neurons, H is {hidden}");
        while (rows.Count < hidden)
        {
            rows.Add(new double[n]);
            b.Add(0);
            v.Add(0);
        }
        return new Networks.Network(rows.ToArray(), b.ToArray(), v.ToArray(), c);
    }
}
