using System.Reflection;
using Verification.Errors;

namespace Verification.Networks;

/// <summary>
/// A call into TorchSharp.PyBridge on a file the user gave. The library was written for trusted files: on a
/// damaged or hostile one it fails with whatever its parser hit (PickleException, NotImplementedException,
/// InvalidCastException, InvalidDataException, EndOfStreamException, torch's ExternalException, ...), and
/// no list of those types is complete. Each becomes one line naming the file; a bug of the suite's own
/// shows up as a BadInputException of its own kind only inside this call.
/// </summary>
public static class LibraryInput
{
    public static T Read<T>(string source, string what, Func<T> read)
    {
        try { return read(); }
        catch (Exception e) when (e is not BadInputException and not OutOfMemoryException and not TargetInvocationException { InnerException: BadInputException })
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new BadInputException($"{source}: {what}: {FirstSentence(cause.Message)}");
        }
    }

    /// <summary>The message's first sentence: the rest of a library's message is advice to the programmer ("register a custom constructor").</summary>
    public static string FirstSentence(string message)
    {
        var line = string.Join(' ', message.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return line.Length == 0 ? "the library refused it" : end < 0 ? line : line[..(end + 1)];
    }
}
