using TorchSharp;
using Verification.Errors;

namespace Verification.Networks;

/// <summary>What a tensor file says about one tensor before any of its numbers are read: name, element type and shape.</summary>
public sealed record TensorHeader(string Name, torch.ScalarType Type, long[] Shape)
{
    /// <summary>The element types a network may be stored in; integers, halves and complex numbers are refused.</summary>
    public static int? BytesPerElement(torch.ScalarType type) => type switch
    {
        torch.ScalarType.Float32 => 4,
        torch.ScalarType.Float64 => 8,
        _ => null,
    };

    /// <summary>The number of elements, refused past the weight limit before anything of that size is allocated.</summary>
    public long Count(string source)
    {
        long count = 1;
        foreach (var extent in Shape)
        {
            if (extent < 0) throw new BadInputException($"{source}: tensor {Name} has a negative extent in shape {ShapeText}");
            if (extent > 0 && count > Network.MaxWeights / extent)
                throw new BadInputException($"{source}: tensor {Name} of shape {ShapeText} is larger than any network within the weight limit ({Network.MaxWeights} weights, README \"Limits\")");
            count *= extent;
        }
        return count;
    }

    public string ShapeText => $"[{string.Join(", ", Shape)}]";

    /// <summary>Refuses element types other than float32 and float64, naming the one found.</summary>
    public void RequireFloat(string source)
    {
        if (BytesPerElement(Type) is null)
            throw new BadInputException($"{source}: tensor {Name} is {Type}; networks are read in float32 or float64");
    }
}
