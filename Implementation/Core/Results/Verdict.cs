using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verification.Results;

/// <summary>
/// A claim's verdict, written in results.json as "pass", "fail" or "not-run". A closed set, so that a misspelt
/// verdict is a compile error. A file may still hold another string: it is read as it is, so that ResultsSchema
/// can name it when it refuses the file.
/// </summary>
[JsonConverter(typeof(Json))]
public sealed class Verdict : IEquatable<Verdict>
{
    public static readonly Verdict Pass = new("pass");
    public static readonly Verdict Fail = new("fail");
    public static readonly Verdict NotRun = new("not-run");
    public static readonly IReadOnlyList<Verdict> All = [Pass, Fail, NotRun];

    public string Name { get; }

    Verdict(string name) => Name = name;

    public override string ToString() => Name;

    public bool Equals(Verdict? other) => other is not null && other.Name == Name;
    public override bool Equals(object? obj) => Equals(obj as Verdict);
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
    public static bool operator ==(Verdict? a, Verdict? b) => a?.Equals(b) ?? b is null;
    public static bool operator !=(Verdict? a, Verdict? b) => !(a == b);

    sealed class Json : JsonConverter<Verdict>
    {
        public override Verdict Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var name = reader.GetString()!;
            return All.FirstOrDefault(v => v.Name == name) ?? new Verdict(name);
        }

        public override void Write(Utf8JsonWriter writer, Verdict value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
    }
}
