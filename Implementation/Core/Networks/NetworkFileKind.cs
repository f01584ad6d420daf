namespace Verification.Networks;

/// <summary>The kinds of network file: <c>l1-mlp/1</c> JSON, a PyTorch state_dict (<c>torch.save</c>), safetensors.</summary>
public enum NetworkFileKind { Json, PyTorch, Safetensors }
