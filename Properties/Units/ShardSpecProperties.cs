using FsCheck;
using Verification.Errors;
using Verification.Properties.Support;
using Verification.Units;

namespace Verification.Properties.Units;

/// <summary>
/// A unit is named K/N (1-based) by --shard, by a Slurm array task's environment or by a Kubernetes Indexed Job's;
/// anything else is refused as one line before any work, and the units of a count share the work out exactly.
/// </summary>
[Claim("UNIT-1")]
public class ShardSpecProperties
{
    /// <summary>The largest count of units, as Spec/claims.md states it (not read from the code, so that a change to it fails).</summary>
    const int Largest = 100_000;

    static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    /// <summary>Counts spread over every decade up to the largest, each with units from the first to the last.</summary>
    [Property(MaxTest = 1000)]
    public bool Every_unit_of_every_count_reads_back(PositiveInt size, NonNegativeInt decade, PositiveInt unit, bool last)
    {
        var count = (int)Math.Min(Largest, size.Get * (long)Math.Pow(10, decade.Get % 6));
        var index = last ? count : (unit.Get - 1) % count + 1;
        return ShardSpec.Parse($"{index}/{count}") == new ShardSpec(index, count);
    }

    [Property(MaxTest = 1000)]
    public bool Text_that_is_not_K_of_N_is_refused_naming_the_option(string text)
    {
        var valid = text is not null && text.Split('/') is [var k, var n] && k.Length > 0 && n.Length > 0 && k.All(char.IsAsciiDigit) && n.All(char.IsAsciiDigit)
            && int.TryParse(n, out var count) && int.TryParse(k, out var index) && count is >= 1 and <= Largest && index >= 1 && index <= count;
        if (text is null || valid) return true;
        var refusal = Assert.Throws<BadInputException>(() => ShardSpec.Parse(text))!;
        return refusal.Message.StartsWith("--shard", StringComparison.Ordinal);
    }

    [TestCase("0/0")]
    [TestCase("5/3")]
    [TestCase("0/3")]
    [TestCase("1/0")]
    [TestCase("-1/3")]
    [TestCase("three")]
    [TestCase("1/2/3")]
    [TestCase("")]
    [TestCase(" 1/2")]
    [TestCase("1/100001")]
    [TestCase("99999999999/1")]
    public void Bad_shards_are_refused(string text) =>
        Assert.That(() => ShardSpec.Parse(text), Throws.TypeOf<BadInputException>().With.Message.StartsWith("--shard"));

    [Property(MaxTest = 1000)]
    public bool The_units_of_a_count_share_the_work_out_exactly(PositiveInt items, PositiveInt units)
    {
        var count = (units.Get - 1) % items.Get + 1;
        var slices = Enumerable.Range(1, count).Select(k => new ShardSpec(k, count).Slice(items.Get)).ToArray();
        var all = slices.SelectMany(s => s).Order().ToArray();
        return all.SequenceEqual(Enumerable.Range(0, items.Get)) && slices.All(s => s.Count > 0);
    }

    [TestCase("1", "1", 1)]
    [TestCase("3", "1", 3)]
    [TestCase("0", "0", 1)]
    [TestCase("7", "0", 8)]
    public void A_Slurm_array_task_is_its_unit_whether_the_array_counts_from_0_or_1(string id, string min, int index) =>
        Assert.That(ShardSpec.FromEnvironment(Environment(("SLURM_ARRAY_TASK_ID", id), ("SLURM_ARRAY_TASK_COUNT", "8"), ("SLURM_ARRAY_TASK_MIN", min), ("SLURM_ARRAY_TASK_STEP", "1"))),
            Is.EqualTo(new ShardSpec(index, 8)));

    [Test]
    public void An_Indexed_Job_counts_from_0_with_its_count_in_L1VERIFY_SHARDS() =>
        Assert.That(ShardSpec.FromEnvironment(Environment(("JOB_COMPLETION_INDEX", "0"), (ShardSpec.CountVariable, "4"))), Is.EqualTo(new ShardSpec(1, 4)));

    [Test]
    public void Outside_an_array_there_is_no_unit_and_the_option_comes_before_the_environment()
    {
        Assert.That(ShardSpec.FromEnvironment(Environment()), Is.Null);
        Assert.That(ShardSpec.Resolve("2/3", Environment(("SLURM_ARRAY_TASK_ID", "1"))), Is.EqualTo(new ShardSpec(2, 3)));
    }

    [TestCase("SLURM_ARRAY_TASK_ID", "9", "SLURM_ARRAY_TASK_COUNT", "8", "SLURM_ARRAY_TASK_MIN", "1")]
    [TestCase("SLURM_ARRAY_TASK_ID", "x", "SLURM_ARRAY_TASK_COUNT", "8", "SLURM_ARRAY_TASK_MIN", "1")]
    [TestCase("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "", "SLURM_ARRAY_TASK_MIN", "1")]
    [TestCase("SLURM_ARRAY_TASK_ID", "2", "SLURM_ARRAY_TASK_COUNT", "8", "SLURM_ARRAY_TASK_STEP", "2")]
    [TestCase("JOB_COMPLETION_INDEX", "0", "L1VERIFY_SHARDS", "", "X", "")]
    [TestCase("JOB_COMPLETION_INDEX", "4", "L1VERIFY_SHARDS", "4", "X", "")]
    [TestCase("JOB_COMPLETION_INDEX", "-1", "L1VERIFY_SHARDS", "4", "X", "")]
    [TestCase("JOB_COMPLETION_INDEX", "0", "L1VERIFY_SHARDS", "0", "X", "")]
    public void A_scheduler_environment_that_names_no_unit_is_refused_naming_a_variable(string a, string av, string b, string bv, string c, string cv)
    {
        var refusal = Assert.Throws<BadInputException>(() => ShardSpec.FromEnvironment(Environment((a, av), (b, bv), (c, cv), ("SLURM_ARRAY_TASK_MIN", "1"))))!;
        Assert.That(refusal.Message, Does.Contain(a).Or.Contain(b).Or.Contain(c));
    }

    [TestCase("sweep", "0/0")]
    [TestCase("sweep", "5/3")]
    [TestCase("train", "0/0")]
    [TestCase("sweep", "two")]
    [TestCase("sweep", "34/34")]
    [TestCase("train", "2/2")]
    /// <summary>34/34: sweep by default has 33 jobs (12 n, 20 training checkpoints, the extended run); train by default 1 seed.</summary>
    public void The_command_line_refuses_a_bad_shard_before_any_work_and_writes_nothing(string command, string shard)
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-shard-").FullName;
        try
        {
            var units = Path.Combine(folder, "units");
            var outcome = CliRunner.Run(command, "--units", units, "--shard", shard);
            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(2));
                Assert.That(outcome.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
                Assert.That(outcome.Error, Does.Contain(shard));
                Assert.That(Directory.Exists(units), Is.False, "the units folder");
            });
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
