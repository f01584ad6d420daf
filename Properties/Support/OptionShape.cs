using System.Globalization;

namespace Verification.Properties.Support;

/// <summary>
/// An option of a command (or its positional argument, Name ""), as its declared type: how to draw a value that the
/// command accepts and is quick to run, and the edge values of that type, each marked with whether it must be refused.
/// Always: the option is given in every draw (a size that must stay small, an output whose default is the working folder).
/// </summary>
public sealed record OptionShape(string Name, Func<Random, OptionShape.Context, OptionValue> Good, Func<OptionShape.Context, OptionValue[]> Edges, bool Always = false)
{
    /// <summary>What a draw may name: the shared targets and this run's own empty folder.</summary>
    public sealed record Context(CommandTargets Targets, string RunFolder);

    /// <summary>A good value three times in four, an edge value otherwise.</summary>
    public OptionValue Draw(Random random, Context context)
    {
        var edges = Edges(context);
        return edges.Length == 0 || random.Next(4) > 0 ? Good(random, context) : edges[random.Next(edges.Length)];
    }

    static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    static OptionValue Pick(Random random, IReadOnlyList<string> values) => OptionValue.Good(values[random.Next(values.Count)]);

    /// <summary>
    /// Words no integer or number option takes. "1,5" among them: the parser of doubles would read the comma as a
    /// thousands separator, and the suite refuses a number with a comma before the command runs.
    /// </summary>
    static readonly OptionValue[] NotNumbers = [.. new[] { "", " ", "abc", "1e3x", "٣", "0x10", "\n", "1,5" }.Select(OptionValue.Refused)];

    /// <summary>
    /// An int accepted in [min, max], drawn from the small values given; edges outside the range are refused. With max
    /// null there is no upper bound to draw past: a count of steps whose largest values run for ever, not refused.
    /// </summary>
    public static OptionShape Int(string name, int min, int? max, int[] small, bool always = false) => new(name,
        (r, _) => Pick(r, [.. small.Select(v => Text(v))]),
        _ => [.. NotNumbers, OptionValue.Refused("99999999999"), OptionValue.Refused("-99999999999"),
              .. new long?[] { int.MinValue, -1, 0, (long)min - 1, max is null ? null : int.MaxValue, max + 1L }
                  .Where(v => v is >= int.MinValue and <= int.MaxValue && (v < min || v > max)).Distinct().Select(v => OptionValue.Refused(Text(v!.Value)))],
        always);

    /// <summary>Any long is a seed.</summary>
    public static OptionShape Seed(string name) => new(name,
        (r, _) => Pick(r, ["0", "1", "-7", Text(long.MaxValue), Text(long.MinValue)]),
        _ => [.. NotNumbers, OptionValue.Refused("99999999999999999999")]);

    static readonly string[] EdgeDoubles = ["NaN", "Infinity", "-Infinity", "1e308", "-1e308", "1e999", "0", "-0", "5e-324", "-1", "1e-300"];

    /// <summary>A double accepted where accepts says so, drawn from the small values given.</summary>
    public static OptionShape Number(string name, Func<double, bool> accepts, string[] small, bool always = false) => new(name,
        (r, _) => Pick(r, small),
        _ => [.. NotNumbers, .. EdgeDoubles.Where(e => !accepts(double.Parse(e, CultureInfo.InvariantCulture))).Select(OptionValue.Refused)],
        always);

    /// <summary>One of the names given; anything else is refused.</summary>
    public static OptionShape Choice(string name, string[] good, string[] refused) => new(name,
        (r, _) => Pick(r, good), _ => [.. refused.Select(OptionValue.Refused)]);

    /// <summary>A switch: given or not, never wrong.</summary>
    public static OptionShape Flag(string name) => new(name, (_, _) => new OptionValue([], false), _ => []);

    /// <summary>One or two values of the option's type, each drawn as one value is.</summary>
    public OptionShape Repeated() => this with
    {
        Good = (r, c) => OptionValue.Together([.. Enumerable.Range(0, 1 + r.Next(2)).Select(_ => Good(r, c))]),
        Edges = c => [.. Edges(c).Select(e => OptionValue.Together([Good(new Random(0), c), e]))],
    };

    /// <summary>Names that are no file a command can read or write, shared by inputs and outputs.</summary>
    static IEnumerable<OptionValue> NoFile(Context c) =>
        [.. new[] { "", " ", "\t", c.Targets["folder"], c.Targets["pipe"], c.Targets["link"], c.Targets["missing/parent/x.json"] }
            .Concat(c.Targets.HasDevice ? [c.Targets["device"]] : []).Select(OptionValue.Refused)];

    /// <summary>A file the command reads: the given one (directly or through a link); a missing one or one that is no regular file is refused.</summary>
    public static OptionShape Input(string name, string file, bool always = false) => new(name,
        (r, c) => OptionValue.Good(r.Next(4) == 0 && file == "network.json" ? c.Targets["link-to-network.json"] : c.Targets[file]),
        c => [.. NoFile(c), OptionValue.Refused(c.Targets["missing.json"]), OptionValue.Refused(c.Targets["read-only.json"] + "\n")],
        always);

    /// <summary>A file the command writes, in the run's own folder (a plain, a unicode or a blank-laden name); a target it must not replace is refused.</summary>
    public static OptionShape Output(string name, bool always = true) => new(name,
        (r, c) => Pick(r, [Path.Combine(c.RunFolder, "out.json"), Path.Combine(c.RunFolder, "ünï 名 ✓.json"), Path.Combine(c.RunFolder, " lead and trail ")]),
        c => [.. NoFile(c), OptionValue.Refused(c.Targets["read-only.json"]), .. c.Targets.OthersFileIsTheirs ? [OptionValue.Refused(c.Targets["others/theirs.json"])] : Array.Empty<OptionValue>()],
        always);

    /// <summary>A folder the command creates or adds to, in the run's own folder; a file of that name or a missing parent is refused.</summary>
    public static OptionShape NewFolder(string name) => new(name,
        (_, c) => OptionValue.Good(Path.Combine(c.RunFolder, "made")),
        c => [.. new[] { "", " ", c.Targets["network.json"], c.Targets["pipe"], c.Targets["missing/parent/folder"] }.Select(OptionValue.Refused)]);

    /// <summary>
    /// The options of work split into units, drawn together (Name "": --units and --shard only make sense as a pair):
    /// unit 1 of 1 in a fresh folder of the run's, with the extra words given; refused: a shard without a folder, a
    /// folder that is a file, and shard specifications that name no unit. withOut: the command line always has --out,
    /// which the command refuses beside --units, so even the good pair is refused.
    /// </summary>
    public static OptionShape Units(string[] extra, string[][] refusedExtra, bool withOut = false) => new("",
        (_, c) => new OptionValue(["--units", Path.Combine(c.RunFolder, "units"), "--shard", "1/1", .. extra], withOut),
        c => [
            new OptionValue(["--shard", "1/1", .. extra], true),
            new OptionValue(["--units", c.Targets["network.json"], "--shard", "1/1", .. extra], true),
            .. new[] { "0/0", "5/3", "0/3", "1/0", "two", "", " ", "1/100001", "-1/2", "1/2/3" }
                .Select(shard => new OptionValue(["--units", Path.Combine(c.RunFolder, "units"), "--shard", shard, .. extra], true)),
            .. refusedExtra.Select(words => new OptionValue(["--units", Path.Combine(c.RunFolder, "units"), "--shard", "1/1", .. words], true)),
        ]);

    /// <summary>A folder the command reads: the given one; a missing one or a file is refused.</summary>
    public static OptionShape Folder(string name, string folder) => new(name,
        (_, c) => OptionValue.Good(c.Targets[folder]),
        c => [.. new[] { "", " ", c.Targets["missing"], c.Targets["network.json"], c.Targets["pipe"] }.Select(OptionValue.Refused)]);
}
