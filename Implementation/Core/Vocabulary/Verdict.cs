using System.Text.Json.Serialization;

namespace Verification.Vocabulary;

/// <summary>A claim's verdict, written in results.json as "pass", "fail" or "not-run".</summary>
[JsonConverter(typeof(TermJson<Verdict>))]
public sealed class Verdict : Term<Verdict>, ITermSet<Verdict>
{
    public static readonly Verdict Pass = new("pass");
    public static readonly Verdict Fail = new("fail");
    public static readonly Verdict NotRun = new("not-run");

    public static IReadOnlyList<Verdict> All { get; } = [Pass, Fail, NotRun];

    Verdict(string name) : base(name) { }

    public static Verdict Named(string name) => Terms.Known<Verdict>(name) ?? new Verdict(name);
}
