using static TorchSharp.torch;

namespace Verification.Training;

/// <summary>
/// One float32 tensor holding a list of tensors end to end, zero at the start, with a view of each stretch
/// shaped like the tensor it stands for: an elementwise op on All does, per element, what the same op on each
/// view would, in one call.
/// </summary>
public sealed class FlatBuffer : IDisposable
{
    /// <summary>Every element: [P], P the sum of the shapes' sizes.</summary>
    public Tensor All { get; }
    /// <summary>How many elements each tensor has, in the order of the shapes: All splits into them.</summary>
    public long[] Lengths { get; }
    /// <summary>One view of All per shape.</summary>
    public Tensor[] Views { get; }

    public FlatBuffer(IReadOnlyList<long[]> shapes)
    {
        Lengths = shapes.Select(s => s.Aggregate(1L, (a, b) => a * b)).ToArray();
        All = zeros(Lengths.Sum(), dtype: float32).DetachFromDisposeScope();
        using var scope = NewDisposeScope();
        Views = All.split(Lengths).Select((stretch, k) => stretch.view(shapes[k]).DetachFromDisposeScope()).ToArray();
    }

    public void Dispose()
    {
        foreach (var view in Views) view.Dispose();
        All.Dispose();
    }
}
