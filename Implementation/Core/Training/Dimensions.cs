using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Verification.Training;

/// <summary>
/// The input dimensions a training stage draws from: a list equal to another with the same values, so that two
/// TrainingOptions with equal lists are equal records (an array in a record compares by reference). Written in a
/// checkpoint's header as a plain JSON array.
/// </summary>
[CollectionBuilder(typeof(Dimensions), nameof(Create))]
[JsonConverter(typeof(Json))]
public sealed class Dimensions : IReadOnlyList<int>, IEquatable<Dimensions>
{
    readonly int[] values;

    Dimensions(int[] values) => this.values = values;

    public static Dimensions Create(ReadOnlySpan<int> values) => new(values.ToArray());

    public int Count => values.Length;
    public int this[int index] => values[index];
    public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)values).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(Dimensions? other) => other is not null && values.AsSpan().SequenceEqual(other.values);
    public override bool Equals(object? obj) => Equals(obj as Dimensions);
    public override int GetHashCode() => values.Aggregate(0, HashCode.Combine);
    public static bool operator ==(Dimensions? a, Dimensions? b) => a?.Equals(b) ?? b is null;
    public static bool operator !=(Dimensions? a, Dimensions? b) => !(a == b);

    public override string ToString() => string.Join(' ', values);

    sealed class Json : JsonConverter<Dimensions>
    {
        public override Dimensions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(JsonSerializer.Deserialize<int[]>(ref reader, options)!);

        public override void Write(Utf8JsonWriter writer, Dimensions value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.values, options);
    }
}
