using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verification.Vocabulary;

/// <summary>
/// A word of the results' vocabulary (a verdict, a network's source): one of a closed set, compared and written by
/// its name, so a misspelt word in code is a compile error and results.json keeps today's strings.
/// </summary>
public abstract class Term<T> : IEquatable<T> where T : Term<T>
{
    public string Name { get; }

    protected Term(string name) => Name = name;

    public override string ToString() => Name;

    public bool Equals(T? other) => other is not null && other.Name == Name;
    public override bool Equals(object? obj) => obj is T other && Equals(other);
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
    public static bool operator ==(Term<T>? a, Term<T>? b) => a is null ? b is null : b is not null && a.Name == b.Name;
    public static bool operator !=(Term<T>? a, Term<T>? b) => !(a == b);
}

/// <summary>How a term's set reads a name: its own term, or, for a name outside the set, a term ResultsSchema refuses by name.</summary>
public interface ITermSet<T> where T : Term<T>
{
    static abstract IReadOnlyList<T> All { get; }
    static abstract T Named(string name);
}

/// <summary>A closed set's lookups by name, the same for every kind of term.</summary>
public static class Terms
{
    /// <summary>The set's term of that name, or null for a name outside it.</summary>
    public static T? Known<T>(string name) where T : Term<T>, ITermSet<T> => T.All.FirstOrDefault(t => t.Name == name);

    /// <summary>The set's names, in its order.</summary>
    public static IReadOnlyList<string> Names<T>() where T : Term<T>, ITermSet<T> => T.All.Select(t => t.Name).ToArray();
}

/// <summary>Writes a term as its name and reads any string, so that a file's unknown word reaches ResultsSchema, which names it.</summary>
public sealed class TermJson<T> : JsonConverter<T> where T : Term<T>, ITermSet<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => T.Named(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
}
