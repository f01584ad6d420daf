using System.Collections.Concurrent;
using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>
/// The constant tensors of NeuronLayout for one n, made once per process and shared by every Posterior call:
/// at small n a training step is mostly per-op cost, and rebuilding them took eight of its ops.
/// Read-only once made, so threads may share them; never disposed, since any later call may need them.
/// </summary>
public sealed class NeuronLayoutTensors
{
    static readonly ConcurrentDictionary<int, NeuronLayoutTensors> made = new();

    /// <summary>home(j) = j mod n: [H] int64.</summary>
    public Tensor Home { get; }
    /// <summary>One-hot of slot(j): [H, 3].</summary>
    public Tensor SlotOneHot { get; }
    /// <summary>1 where input i is neuron j's home input: [1, H, n].</summary>
    public Tensor HomeMask { get; }
    /// <summary>1 - HomeMask: [1, H, n].</summary>
    public Tensor OffHomeMask { get; }

    NeuronLayoutTensors(int n)
    {
        using var scope = NewDisposeScope();
        Home = NeuronLayout.Home(n).DetachFromDisposeScope();
        SlotOneHot = NeuronLayout.SlotOneHot(n).DetachFromDisposeScope();
        HomeMask = NeuronLayout.HomeMask(n).unsqueeze(0).DetachFromDisposeScope();
        OffHomeMask = (1 - HomeMask).DetachFromDisposeScope();
    }

    public static NeuronLayoutTensors For(int n) => made.GetOrAdd(n, k => new NeuronLayoutTensors(k));
}
