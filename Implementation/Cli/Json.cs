using System.Text.Json;

namespace Verification.Cli;

/// <summary>How the command line prints JSON: camelCase names, one object per line.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static void Print<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, Options));
}
