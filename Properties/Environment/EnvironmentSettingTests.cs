using Verification.Errors;

namespace Verification.Properties.Environment;

/// <summary>L1VERIFY_THREADS and L1VERIFY_JOBS are read one way: a count from 1 to 1024 counts, unset or empty leaves the default, anything else is refused.</summary>
[Claim("CLI-4")]
public class EnvironmentSettingTests
{
    const string Variable = "L1VERIFY_SETTING_UNDER_TEST";

    static T With<T>(string? value, Func<T> read)
    {
        System.Environment.SetEnvironmentVariable(Variable, value);
        try { return read(); }
        finally { System.Environment.SetEnvironmentVariable(Variable, null); }
    }

    [TestCase("3", 3)]
    [TestCase("1", 1)]
    [TestCase("1024", 1024)]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void A_count_in_range_counts_and_unset_leaves_the_default(string? value, int? expected) =>
        Assert.That(With(value, () => EnvironmentSetting.PositiveInt(Variable)), Is.EqualTo(expected));

    [TestCase("0")]
    [TestCase("-2")]
    [TestCase("two")]
    [TestCase("1025")]
    [TestCase("99999999999")]
    [TestCase(" 2")]
    [TestCase("2.0")]
    public void Anything_else_is_refused_naming_the_variable_and_its_range(string value)
    {
        var refusal = With(value, () => Assert.Throws<BadInputException>(() => EnvironmentSetting.PositiveInt(Variable)));
        Assert.That(refusal!.Message, Does.Contain(Variable).And.Contain("from 1 to 1024"));
    }
}
