using System.Collections;
using System.Reflection;
using TorchSharp;
using TorchSharp.PyBridge;
using Verification.Errors;

namespace Verification.Networks;

/// <summary>
/// One tensor of a <c>torch.save</c> state_dict as TorchSharp.PyBridge 1.4.4 unpickles it with
/// <c>skipTensorRead</c>: its element type, shape, strides and storage, none of its numbers read yet. The
/// library keeps that descriptor (<c>PyTorchUnpickler.TensorConstructorArgs</c>) internal, and its public
/// loader allocates every tensor at the shape the pickle claims before reading it; reading the descriptor
/// by reflection lets the suite check names, shapes and storage sizes first (Spec/network-format.md).
/// The version is pinned, and the fixture tests fail if the descriptor changes.
/// </summary>
public sealed class PickledTensor
{
    static readonly Type Descriptor = typeof(PyTorchUnpickler).GetNestedType("TensorConstructorArgs", BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("TorchSharp.PyBridge has no PyTorchUnpickler.TensorConstructorArgs: the pinned 1.4.4 is required");

    readonly object descriptor;

    public TensorHeader Header { get; }
    public long[] Stride { get; }
    public int StorageOffset { get; }
    public int ArchiveIndex { get; }

    PickledTensor(string name, object descriptor)
    {
        this.descriptor = descriptor;
        Header = new TensorHeader(name, Get<torch.ScalarType>("DType"), Get<long[]>("Shape"));
        Stride = Get<long[]>("Stride");
        StorageOffset = Get<int>("StorageOffset");
        ArchiveIndex = Get<int>("ArchiveIndex");
    }

    T Get<T>(string property) => (T)Descriptor.GetProperty(property)!.GetValue(descriptor)!;

    /// <summary>Every entry of the unpickled state_dict, refused unless each is a tensor under a string name.</summary>
    public static IReadOnlyList<PickledTensor> All(Hashtable unpickled, string source)
    {
        var tensors = new List<PickledTensor>();
        foreach (DictionaryEntry entry in unpickled)
        {
            if (entry.Key is not string name) throw new BadInputException($"{source}: the state_dict has a key that is not a string ({entry.Key.GetType().Name})");
            if (entry.Value is null || entry.Value.GetType() != Descriptor)
                throw new BadInputException($"{source}: state_dict entry {name} is {(entry.Value is null ? "None" : $"a {entry.Value.GetType().Name}")}, not a tensor");
            tensors.Add(new PickledTensor(name, entry.Value));
        }
        return tensors;
    }

    /// <summary>
    /// Refuses a tensor that is not the plain row-major view of a storage holding exactly its elements, the
    /// only kind <c>state_dict()</c> of a Linear layer saves; anything else would have the reader index
    /// outside, or only part of, what the archive holds.
    /// </summary>
    public void RequireStorage(long storageBytes, string source)
    {
        var count = Header.Count(source);
        var expected = new long[Header.Shape.Length];
        long step = 1;
        for (var d = Header.Shape.Length - 1; d >= 0; d--)
        {
            expected[d] = step;
            step *= Header.Shape[d];
        }
        var contiguous = Stride.Length == expected.Length && Enumerable.Range(0, expected.Length).All(d => Header.Shape[d] <= 1 || Stride[d] == expected[d]);
        if (!contiguous || StorageOffset != 0)
            throw new BadInputException($"{source}: tensor {Header.Name} is a strided view (stride [{string.Join(", ", Stride)}], offset {StorageOffset}); save contiguous tensors");
        var bytes = count * TensorHeader.BytesPerElement(Header.Type)!.Value;
        if (storageBytes != bytes)
            throw new BadInputException($"{source}: tensor {Header.Name} of shape {Header.ShapeText} needs {bytes} bytes but its storage holds {storageBytes}");
    }

    /// <summary>The tensor's numbers in float64, read from the archive only now that its size is known to fit.</summary>
    public double[] Read(string source) => LibraryInput.Read(source, $"tensor {Header.Name} cannot be read", () =>
    {
        using var scope = torch.NewDisposeScope();
        return TensorDictionary.Doubles((torch.Tensor)Descriptor.GetMethod("ReadTensorFromStream")!.Invoke(descriptor, null)!);
    });
}
