namespace Verification.Properties.Environment;

/// <summary>L1VERIFY_THREADS and L1VERIFY_JOBS are read one way: a positive integer counts, anything else leaves the default.</summary>
public class EnvironmentSettingTests
{
    const string Variable = "L1VERIFY_SETTING_UNDER_TEST";

    [TestCase("3", 3)]
    [TestCase("1", 1)]
    [TestCase("0", null)]
    [TestCase("-2", null)]
    [TestCase("two", null)]
    [TestCase(null, null)]
    public void Only_a_positive_integer_counts(string? value, int? expected)
    {
        System.Environment.SetEnvironmentVariable(Variable, value);
        try
        {
            Assert.That(EnvironmentSetting.PositiveInt(Variable), Is.EqualTo(expected));
        }
        finally
        {
            System.Environment.SetEnvironmentVariable(Variable, null);
        }
    }
}
