using static TorchSharp.torch;

namespace Verification.Hypernetwork;

/// <summary>
/// Where hidden neuron j sits: its home input j mod n and its slot j div n (0, 1 or 2, since H = 3n).
/// This fixed, algorithm-neutral layout is what lets a neuron read one particular input for any n:
/// without it, per-neuron functions could only pick inputs at random and collide. It costs nothing in
/// the complexity measure (the KL is taken over the generated weights, whatever layout produced them),
/// and every slot gets identical treatment, so it favours no algorithm: double-sided may use two slots
/// per input, pudding one slot plus one dense neuron anywhere, convexity none.
/// </summary>
public static class NeuronLayout
{
    public const int Slots = 3;

    /// <summary>home(j) = j mod n: [H] int64.</summary>
    public static Tensor Home(int n) => tensor(Neurons(n).Select(j => (long)(j % n)).ToArray());

    /// <summary>One-hot of slot(j) = j div n: [H, 3].</summary>
    public static Tensor SlotOneHot(int n) =>
        nn.functional.one_hot(tensor(Neurons(n).Select(j => (long)(j / n)).ToArray()), Slots).to_type(float32);

    /// <summary>
    /// One-hot of the network's leader: the slot-2 neuron whose noise token has the largest first coordinate,
    /// so a random spare neuron, different per seed. A per-neuron function cannot otherwise single out exactly
    /// one neuron, which an algorithm needing one dense neuron (pudding) requires at every n; algorithms that
    /// need no such neuron simply ignore the flag. neuronTokens [nets, H, d] -> [nets, H].
    /// </summary>
    public static Tensor Leader(Tensor neuronTokens, int n)
    {
        var spare = neuronTokens[.., (2 * n).., 0];                                       // [nets, n]
        var index = spare.argmax(1) + 2 * n;                                              // [nets]
        return nn.functional.one_hot(index, HypernetworkShape.HiddenFor(n)).to_type(float32);
    }

    static IEnumerable<int> Neurons(int n) => Enumerable.Range(0, HypernetworkShape.HiddenFor(n));

    /// <summary>1 where input i is neuron j's home input: [H, n].</summary>
    public static Tensor HomeMask(int n) =>
        nn.functional.one_hot(Home(n), n).to_type(float32);
}
