using System.Globalization;
using Verification.Errors;

namespace Verification.Units;

/// <summary>
/// Which of Count work units this process runs: Index is 1-based, as Slurm users write arrays (<c>--array=1-N</c>)
/// and as "unit 3 of 4" reads. A unit's items are every Count-th item of its work starting at item Index - 1, so
/// that with work listed longest first every unit gets a share of the long and of the short items.
/// </summary>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>More units than this is a typo, not an array: Slurm's default MaxArraySize is 1001.</summary>
    public const int Max = 100_000;

    /// <summary>The variable that gives an Indexed Job's completion count, which Kubernetes does not put in the environment.</summary>
    public const string CountVariable = "L1VERIFY_SHARDS";

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>"K/N" with 1 &lt;= K &lt;= N &lt;= Max, or a one-line refusal.</summary>
    public static ShardSpec Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || Whole(parts[0]) is not { } index || Whole(parts[1]) is not { } count)
            throw new BadInputException($"--shard '{text}' is not K/N: write the unit's number and the count of units, as 2/8");
        return Checked(index, count, $"--shard {text}");
    }

    /// <summary>
    /// The unit the scheduler started this process as, or null outside an array job. Slurm: SLURM_ARRAY_TASK_ID of
    /// an array of SLURM_ARRAY_TASK_COUNT tasks numbered from SLURM_ARRAY_TASK_MIN (an array must be contiguous, as
    /// <c>--array=1-8</c> or <c>0-7</c>). Kubernetes: JOB_COMPLETION_INDEX, 0-based, of L1VERIFY_SHARDS completions.
    /// </summary>
    public static ShardSpec? FromEnvironment(Func<string, string?> variable)
    {
        if (variable("SLURM_ARRAY_TASK_ID") is { Length: > 0 } id)
        {
            var task = Required(variable, "SLURM_ARRAY_TASK_ID", id);
            var count = Required(variable, "SLURM_ARRAY_TASK_COUNT");
            var min = Required(variable, "SLURM_ARRAY_TASK_MIN");
            if (variable("SLURM_ARRAY_TASK_STEP") is { Length: > 0 } step && step != "1")
                throw new BadInputException($"SLURM_ARRAY_TASK_STEP is '{step}': submit the array as a contiguous range (--array=1-N), every task a unit");
            return Checked(task - min + 1, count, $"SLURM_ARRAY_TASK_ID {task} of an array from {min} with {count} tasks");
        }
        if (variable("JOB_COMPLETION_INDEX") is { Length: > 0 } completion)
        {
            var index = Required(variable, "JOB_COMPLETION_INDEX", completion);
            var count = variable(CountVariable) is { Length: > 0 } shards ? Required(variable, CountVariable, shards)
                : throw new BadInputException($"JOB_COMPLETION_INDEX is set but {CountVariable} is not: set it to the Indexed Job's completions");
            return Checked(index + 1, count, $"JOB_COMPLETION_INDEX {index} of {count} completions");
        }
        return null;
    }

    /// <summary>The unit --shard names, else the scheduler's; null when neither does (the units run here, all of them).</summary>
    public static ShardSpec? Resolve(string? option, Func<string, string?> variable) =>
        option is not null ? Parse(option) : FromEnvironment(variable);

    /// <summary>The positions, among <paramref name="items"/> items of work, that this unit runs.</summary>
    public IReadOnlyList<int> Slice(int items)
    {
        var (index, count) = (Index, Count);
        return Enumerable.Range(0, items).Where(i => i % count == index - 1).ToArray();
    }

    /// <summary>Refused before any work when some unit would have nothing to do: the count is then a mistake.</summary>
    public void RequireAtMost(int items, string what)
    {
        if (Count > items) throw new BadInputException($"unit {this}: {Count} units for {items} {what}; use at most {items} units");
    }

    static ShardSpec Checked(int index, int count, string source)
    {
        if (count is < 1 or > Max) throw new BadInputException($"{source}: the count of units must be from 1 to {Max}");
        if (index < 1 || index > count) throw new BadInputException($"{source}: the unit must be from 1 to {count}");
        return new ShardSpec(index, count);
    }

    static int Required(Func<string, string?> variable, string name, string? text = null)
    {
        text ??= variable(name);
        if (string.IsNullOrEmpty(text)) throw new BadInputException($"{name} is not set, though this is an array task; run the unit with --shard K/N instead");
        return Whole(text) ?? throw new BadInputException($"{name} is '{text}'; it must be a whole number");
    }

    static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
