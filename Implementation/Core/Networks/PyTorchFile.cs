using TorchSharp;
using TorchSharp.PyBridge;
using Verification.Errors;
using Verification.Files;

namespace Verification.Networks;

/// <summary>
/// A network as a PyTorch <c>state_dict</c> saved with <c>torch.save</c> (a zip archive holding a pickle and one
/// storage per tensor), read and written with TorchSharp.PyBridge. Reading checks the archive's declared sizes,
/// then the tensors' names, types and shapes, then the storages' sizes, and only then reads numbers.
/// </summary>
public static class PyTorchFile
{
    public static Network Read(byte[] file, string source, TensorNames names)
    {
        var storageBytes = ArchiveBudget.Require(file, source);
        using var stream = new MemoryStream(file, writable: false);
        using var scope = torch.NewDisposeScope();
        var unpickled = LibraryInput.Read(source, "not a PyTorch state_dict", () => Unpickle(stream, source));
        var tensors = PickledTensor.All(unpickled, source);
        var layout = StateDictLayout.Of(tensors.Select(t => t.Header).ToArray(), names, source);
        foreach (var tensor in tensors)
            tensor.RequireStorage(storageBytes[tensor.ArchiveIndex], source);
        var byName = tensors.ToDictionary(t => t.Header.Name, StringComparer.Ordinal);
        return layout.Build(name => byName[name].Read(source), source);
    }

    /// <summary>
    /// Razorvine's unpickler builds only the classes registered with it (tensors, OrderedDict, plain data) and
    /// refuses to call any other global (os.system, eval, a class of the user's): nothing in the pickle runs.
    /// </summary>
    static System.Collections.Hashtable Unpickle(Stream stream, string source)
    {
        try { return PyTorchUnpickler.UnpickleStateDict(stream, leaveOpen: true, skipTensorRead: true); }
        catch (Razorvine.Pickle.PickleException e)
        {
            throw new BadInputException($"{source}: the pickle would construct or call something that is not a tensor ({LibraryInput.FirstSentence(e.Message)}); refused, nothing in it was run");
        }
    }

    public static void Write(Network network, string path) => AtomicFile.Write(path, temp =>
    {
        using var scope = torch.NewDisposeScope();
        using var stream = File.Create(temp);
        PyTorchPickler.PickleStateDict(stream, TensorDictionary.Of(network));
    });
}
