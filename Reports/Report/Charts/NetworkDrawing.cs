using System.Text;
using Verification.Classifier;
using Verification.Networks;

namespace Verification.Reports.Charts;

/// <summary>
/// A force-directed drawing of a network as the paper draws them: inputs, active hidden neurons and the
/// output as nodes; edges with width by |weight| and colour by sign. Fruchterman-Reingold with a fixed
/// start (inputs on the left, output on the right, neurons between) and a fixed number of iterations,
/// so the same network always gives the same picture.
/// </summary>
internal static class NetworkDrawing
{
    const int Size = 360;
    const int Iterations = 200;

    public static string Render(string title, Network network, CanonicalLayout layout)
    {
        var inputs = layout.Inputs.Count;
        var neurons = layout.Neurons;
        var count = inputs + neurons.Count + 1;
        var edges = new List<(int From, int To, double Weight)>();
        foreach (var (p, k) in neurons.Select((p, k) => (p, k)))
        {
            foreach (var (i, c) in layout.Inputs.Select((i, c) => (i, c)))
                if (Math.Abs(network.W[p.Index][i]) > 0.05 * p.Norm) edges.Add((c, inputs + k, network.W[p.Index][i]));
            edges.Add((inputs + k, count - 1, p.OutputWeight * p.Norm));
        }
        var position = Layout(count, inputs, edges);
        var largest = Math.Max(1e-12, edges.Max(e => Math.Abs(e.Weight)));
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"{Html.E(title)}\" width=\"{Size}\" height=\"{Size}\" viewBox=\"0 0 {Size} {Size}\"><title>{Html.E(title)}</title>");
        foreach (var (from, to, weight) in edges)
            svg.Append($"<line x1=\"{Html.N(position[from].X, "F1")}\" y1=\"{Html.N(position[from].Y, "F1")}\" x2=\"{Html.N(position[to].X, "F1")}\" y2=\"{Html.N(position[to].Y, "F1")}\" stroke=\"{(weight >= 0 ? Palette.Positive : Palette.Negative)}\" stroke-width=\"{Html.N(0.4 + 3 * Math.Abs(weight) / largest, "F2")}\" stroke-opacity=\"0.7\"/>");
        for (var k = 0; k < count; k++)
        {
            var (fill, name) = k < inputs ? ("#ffffff", $"input {layout.Inputs[k]}") : k < count - 1 ? ("#555555", $"neuron {neurons[k - inputs].Index} ({neurons[k - inputs].Role})") : ("#000000", "output");
            svg.Append($"<circle cx=\"{Html.N(position[k].X, "F1")}\" cy=\"{Html.N(position[k].Y, "F1")}\" r=\"{(k == count - 1 ? 7 : 5)}\" fill=\"{fill}\" stroke=\"#000\"><title>{Html.E(name)}</title></circle>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    static (double X, double Y)[] Layout(int count, int inputs, List<(int From, int To, double Weight)> edges)
    {
        var random = new Random(0);
        var position = Enumerable.Range(0, count).Select(k =>
            k < inputs ? (X: 40.0, Y: 30 + (Size - 60.0) * (k + 0.5) / inputs)
            : k == count - 1 ? (X: Size - 40.0, Y: Size / 2.0)
            : (X: Size / 2.0 + 60 * (random.NextDouble() - 0.5), Y: 30 + (Size - 60) * random.NextDouble())).ToArray();
        var ideal = Math.Sqrt(Size * Size / (double)count);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var move = new (double X, double Y)[count];
            for (var a = 0; a < count; a++)
                for (var b = a + 1; b < count; b++)
                {
                    var (dx, dy) = (position[a].X - position[b].X, position[a].Y - position[b].Y);
                    var d = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
                    var push = ideal * ideal / d;       // repulsion k^2 / d between every pair
                    move[a] = (move[a].X + dx / d * push, move[a].Y + dy / d * push);
                    move[b] = (move[b].X - dx / d * push, move[b].Y - dy / d * push);
                }
            foreach (var (from, to, _) in edges)
            {
                var (dx, dy) = (position[from].X - position[to].X, position[from].Y - position[to].Y);
                var d = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
                var pull = d * d / ideal;               // attraction d^2 / k along every edge
                move[from] = (move[from].X - dx / d * pull, move[from].Y - dy / d * pull);
                move[to] = (move[to].X + dx / d * pull, move[to].Y + dy / d * pull);
            }
            var temperature = Size / 10.0 * (1 - iteration / (double)Iterations);
            for (var k = inputs; k < count - 1; k++)     // inputs and output stay pinned, as in the paper's drawings
            {
                var length = Math.Max(1e-9, Math.Sqrt(move[k].X * move[k].X + move[k].Y * move[k].Y));
                var step = Math.Min(length, temperature);
                position[k] = (Math.Clamp(position[k].X + move[k].X / length * step, 70, Size - 70),
                               Math.Clamp(position[k].Y + move[k].Y / length * step, 15, Size - 15));
            }
        }
        return position;
    }
}
