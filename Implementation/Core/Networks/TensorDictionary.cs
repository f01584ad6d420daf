using TorchSharp;

namespace Verification.Networks;

/// <summary>
/// A network as the state_dict of <c>nn.Sequential(nn.Linear(n, H), nn.SiLU(), nn.Linear(H, 1))</c> in float64,
/// the tensors the PyTorch and safetensors writers save, in the order <c>state_dict()</c> lists them.
/// </summary>
public static class TensorDictionary
{
    /// <summary>The four tensors, owned by the caller's dispose scope.</summary>
    public static Dictionary<string, torch.Tensor> Of(Network network)
    {
        var names = TensorNames.Sequential;
        return new Dictionary<string, torch.Tensor>
        {
            [names.W] = torch.tensor(network.W.SelectMany(row => row).ToArray(), [network.Hidden, network.Inputs], torch.float64),
            [names.B] = torch.tensor(network.B.ToArray(), [network.Hidden], torch.float64),
            [names.V] = torch.tensor(network.V.ToArray(), [1, network.Hidden], torch.float64),
            [names.C] = torch.tensor(new[] { network.C }, [1], torch.float64),
        };
    }

    /// <summary>A float32 or float64 tensor's numbers in float64, row-major; float32 converts exactly.</summary>
    public static double[] Doubles(torch.Tensor tensor)
    {
        using var wide = tensor.to(torch.float64).contiguous();
        return wide.data<double>().ToArray();
    }
}
