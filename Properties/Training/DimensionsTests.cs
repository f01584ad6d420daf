using System.Text.Json;
using Verification.Training;

namespace Verification.Properties.Training;

/// <summary>
/// Options with equal dimension lists are equal records, which resuming relies on; the lists are written in a
/// checkpoint's header as plain JSON arrays, as they were when they were arrays.
/// </summary>
public class DimensionsTests
{
    [Test]
    public void Options_with_equal_lists_are_equal()
    {
        // Two lists of the same values, as two reads of one checkpoint give.
        int[] first = [2, 3], second = [2, 3];
        Assert.Multiple(() =>
        {
            Assert.That(new TrainingOptions { Dimensions = [.. first] }, Is.EqualTo(new TrainingOptions { Dimensions = [.. second] }));
            Assert.That(new TrainingOptions() with { Dimensions = [2, 3] }, Is.Not.EqualTo(new TrainingOptions() with { Dimensions = [3, 2] }));
        });
    }

    [Test]
    public void A_list_is_written_and_read_as_a_plain_array()
    {
        Dimensions dimensions = [2, 3, 4];
        var json = JsonSerializer.Serialize(dimensions);
        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo("[2,3,4]"));
            Assert.That(JsonSerializer.Deserialize<Dimensions>(json), Is.EqualTo(dimensions));
        });
    }
}
