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
    /// <summary>Where each tensor's elements sit in All, in the order of the shapes.</summary>
    public (long Start, long Length)[] Stretches { get; }
    /// <summary>One view of All per shape.</summary>
    public Tensor[] Views { get; }

    public FlatBuffer(IReadOnlyList<long[]> shapes)
    {
        var lengths = shapes.Select(s => s.Aggregate(1L, (a, b) => a * b)).ToArray();
        var starts = new long[lengths.Length];
        for (var k = 1; k < starts.Length; k++) starts[k] = starts[k - 1] + lengths[k - 1];
        Stretches = starts.Zip(lengths).ToArray();
        All = zeros(lengths.Sum(), dtype: float32).DetachFromDisposeScope();
        Views = shapes.Select((shape, k) => All.narrow(0, starts[k], lengths[k]).view(shape).DetachFromDisposeScope()).ToArray();
    }

    public void Dispose()
    {
        foreach (var view in Views) view.Dispose();
        All.Dispose();
    }
}
