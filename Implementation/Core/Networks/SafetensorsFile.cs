using TorchSharp;
using TorchSharp.PyBridge;
using Verification.Files;

namespace Verification.Networks;

/// <summary>A network as a safetensors file, its header checked by the suite (SafetensorsHeader), its tensors read and written with TorchSharp.PyBridge.</summary>
public static class SafetensorsFile
{
    public static Network Read(byte[] file, string source, TensorNames names)
    {
        var layout = StateDictLayout.Of(SafetensorsHeader.Read(file, source), names, source);
        using var scope = torch.NewDisposeScope();
        var tensors = LibraryInput.Read(source, "not a readable safetensors file",
            () => Safetensors.LoadStateDict(new MemoryStream(file, writable: false), keysToKeep: names.Roles.Select(r => r.Name).ToList()));
        return layout.Build(name => TensorDictionary.Doubles(tensors[name]), source);
    }

    public static void Write(Network network, string path) => AtomicFile.Write(path, temp =>
    {
        using var scope = torch.NewDisposeScope();
        using var stream = File.Create(temp);
        Safetensors.SaveStateDict(stream, TensorDictionary.Of(network));
    });
}
