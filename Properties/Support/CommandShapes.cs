using Verification.Mutation;

using static Verification.Properties.Support.OptionShape;

namespace Verification.Properties.Support;

/// <summary>
/// Every command of l1verify with its options as declared in Implementation/Cli/Commands, each value drawn small
/// enough that an accepted run takes milliseconds; the files named are those of the targets folder.
/// </summary>
public static class CommandShapes
{
    static bool Positive(double x) => x > 0 && double.IsFinite(x);

    static readonly string[] Algorithms = ["double-sided", "positive-pudding", "negative-pudding", "mixed-pudding", "convexity"];

    static readonly string[] NotNames = ["", " ", "triple-sided", "ünï", "double-sided\n"];

    /// <summary>The range the tiny checkpoint (TrainingOptions' defaults) was trained on.</summary>
    static bool TrainedBeta(double beta) => beta is >= 1e-6 and <= 1e-2;

    public static readonly CommandShape Encode = new("encode",
    [
        Choice("--algorithm", Algorithms, NotNames) with { Always = true },
        Int("--n", 1, 1024, [2, 3, 5], always: true),
        Number("--k", Positive, ["1", "20", "0.5"]),
        Number("--B", Positive, ["1", "30"]),
        Number("--s", Positive, ["1", "0.1"]),
        Seed("--seed"),
        Output("--out"),
    ]);

    public static readonly CommandShape Classify = new("classify", [Input("", "network.json", always: true), Flag("--json")]);

    /// <summary>The most samples a check of network.json (n = 2, H = 6) may draw: 8 bytes x samples x (n + 3H) within 4 GB.</summary>
    const int MaxSamples = (int)(MemoryBudget.MaxBytes / (8 * (2 + 3 * 6)));

    public static readonly CommandShape Check = new("check",
    [
        Input("", "network.json", always: true),
        Choice("--domain", ["normal", "uniform", "box:1", "box:0.5"], ["", "box:", "box:0", "box:-1", "box:NaN", "box:Infinity", "box:1e309", "moon"]),
        Int("--samples", 2, MaxSamples, [2, 10, 100], always: true),
        Number("--tolerance", Positive, ["0.02", "1"]),
        Seed("--seed"),
        Flag("--json"),
    ]);

    /// <summary>An accepted run checks five networks on 10,000 samples each per n (150 ms): one draw in fifty is left to run.</summary>
    public static readonly CommandShape AlgorithmTable = new("algorithms", [Int("--n", 1, 1024, [1, 2, 3], always: true).Repeated()], Accepted: 0.02);

    public static readonly CommandShape Baseline = new("baseline",
        [Int("--n", 1, 256, [1, 2], always: true), Int("--steps", 1, null, [1, 2], always: true), Seed("--seed"), Output("--out")]);

    public static readonly CommandShape Verify = new("verify",
        [Input("", "results.json", always: true), Folder("--tests", "evidence")], Answers: [0, 1]);

    public static readonly CommandShape MutationScore = new("mutation-score",
    [
        Input("", "mutation-report.json", always: true),
        Number("--threshold", t => t is >= 0 and <= 100, ["0", "85", "100"]),
        Folder("--root", "folder"),
        Output("--write", always: false),
        Input("--baseline", "mutation.json"),
        Choice("--tool", ["Stryker.NET", "ünï tool"], []),
    ], Answers: [0, 1]);

    public static readonly CommandShape Report = new("report",
        [Input("", "results.json", always: true), Folder("--tests", "evidence"), Output("--out")]);

    /// <summary>An accepted run trains the shipped width for a step or two (70 ms): one draw in twenty is left to run.</summary>
    public static readonly CommandShape Train = new("train",
    [
        Int("--steps", 1, null, [1, 2], always: true),
        Int("--fine-tune-steps", 0, null, [0, 1], always: true),
        Int("--fine-tune-dimensions", 1, 256, [2, 3]).Repeated(),
        Seed("--seed"),
        Output("--out"),
        NewFolder("--checkpoints"),
        Int("--interval", 1, null, [1, 2, 1000]),
        Int("--shards", 1, 32, [1, 2]),
        OptionShape.Units(["--seeds", "3"], [["--seeds", "abc"], ["--seeds", "3", "3"]], withOut: true),
    ], Accepted: 0.05);

    public static readonly CommandShape Generate = new("generate",
    [
        Int("--n", 1, 256, [1, 2, 4], always: true),
        Number("--beta", TrainedBeta, ["1e-4", "1e-6", "1e-2"], always: true),
        Seed("--seed"),
        Input("--checkpoint", "tiny.l1hyper", always: true),
        Output("--out"),
    ]);

    /// <summary>
    /// sweep and reproduce run for half a minute and more when they accept, and amortisation sweeps 25 levels: each
    /// draw holds a value they must refuse, so their validation is what is drawn.
    /// </summary>
    public static readonly CommandShape Sweep = new("sweep",
    [
        Input("--checkpoint", "tiny.l1hyper"),
        Folder("--checkpoints", "checkpoints"),
        Input("--extended", "tiny.l1hyper"),
        Input("--landscape", "landscape.json"),
        Flag("--baseline"),
        Output("--out"),
        Flag("--merge"),
        OptionShape.Units([], []),
    ], Accepted: 0);

    public static readonly CommandShape Reproduce = new("reproduce",
    [
        Flag("--from-scratch"),
        Seed("--seed"),
        NewFolder("--work"),
        Output("--out"),
        Output("--report"),
        Folder("--tests", "evidence"),
    ], Accepted: 0);

    /// <summary>The most networks per level amortisation allows: 4 float64 copies of 48 x 19 weights each within 4 GB.</summary>
    const int MaxSeeds = (int)(MemoryBudget.MaxBytes / (8 * 4 * 48 * 19));

    public static readonly CommandShape Amortisation = new("amortisation",
    [
        Input("--checkpoint", "tiny.l1hyper", always: true),
        Int("--budget", 1, null, [1], always: true),
        Int("--every", 1, null, [1, 1000]),
        Int("--seeds", 1, MaxSeeds, [1], always: true),
    ], Accepted: 0);

    static OptionShape Sigma(string name) => Number(name, s => s > 0 && s <= 1e3, ["1", "0.5"]);

    public static readonly CommandShape Landscape = new("landscape",
    [
        Int("--n", 1, 64, [1, 2], always: true),
        Number("--betas", b => b > 0 && b <= 10, ["1e-3", "0.5"], always: true),
        Int("--steps", 1, 1_000_000, [1], always: true),
        Seed("--seed"),
        Flag("--json"),
        Output("--out", always: false),
        Sigma("--prior-w"), Sigma("--prior-b"), Sigma("--prior-v"), Sigma("--prior-c"),
        Flag("--no-output-bias"),
        Choice("--input-scale", ["1", "0.5:2"], ["", "0", "2:1", "NaN:1", "1:Infinity", "abc"]),
        Number("--dimension-power", g => Math.Abs(g) <= 8, ["0", "3"]),
    ]);
}
