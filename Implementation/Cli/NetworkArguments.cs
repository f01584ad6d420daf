using System.CommandLine;
using Verification.Networks;

namespace Verification.Cli;

/// <summary>The network file a command reads, with the option that names its tensors, and the one it writes.</summary>
public static class NetworkArguments
{
    public static Argument<string> Input() => new("network") { Description = $"a network file: {NetworkFile.ReadableKinds}" };

    public static Option<string?> Tensors() => new("--tensors")
    {
        Description = $"the state_dict's tensors for W, b, v and c, as {TensorNames.Syntax} (default {TensorNames.Sequential})",
    };

    public static Option<string> Output() => new("--out") { Description = $"network file to write: {NetworkFile.WritableKinds}", Required = true };

    /// <summary>The named network, its tensors mapped by --tensors when given.</summary>
    public static Network Read(ParseResult parse, Argument<string> input, Option<string?> tensors) =>
        NetworkFile.Read(parse.GetValue(input)!, parse.GetValue(tensors) is { } names ? TensorNames.Parse(names) : null);
}
