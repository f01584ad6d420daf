using System.Text.Json;

namespace Verification.Files;

/// <summary>A deserializer's complaint about a file the user gave, as the one line the command line prints.</summary>
public static class JsonProblem
{
    /// <summary>
    /// The field (its JSON path) and the deserializer's first sentence, on one line: the rest is advice to the
    /// programmer ("consider updating its nullability annotation") and positions.
    /// </summary>
    public static string Describe(JsonException e)
    {
        var message = string.Join(' ', e.Message.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return $"field {e.Path ?? "$"}: {(end < 0 ? message : message[..(end + 1)])}";
    }
}
