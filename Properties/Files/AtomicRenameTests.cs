using Verification.Errors;
using Verification.Files;
using Verification.Properties.Support;

namespace Verification.Properties.Files;

/// <summary>
/// The rename that puts a written file in place decides again what it may replace: a path checked before the work
/// may name a device, pipe, link or a file the process must not replace by the time the work is done. These tests
/// call the rename directly on such targets, as if they had appeared after the check.
/// </summary>
[Claim("CLI-4")]
public class AtomicRenameTests
{
    CommandTargets targets = null!;

    [OneTimeSetUp]
    public void MakeTargets() => targets = new CommandTargets(new Dictionary<string, byte[]> { ["network.json"] = "{}"u8.ToArray() });

    [OneTimeTearDown]
    public void RemoveTargets() => targets.Dispose();

    /// <summary>A temporary file beside the target, where AtomicFile writes it.</summary>
    static string NewTemp(string target, string text)
    {
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, text);
        return temp;
    }

    /// <summary>The target's kind, owner, mode, size and time, as the snapshot of all targets has them.</summary>
    string Entry(string target) => targets.Snapshot().Single(e => e.StartsWith(targets[target] + " ", StringComparison.Ordinal));

    [TestCase("pipe")]
    [TestCase("device")]
    [TestCase("link")]
    [TestCase("read-only.json")]
    [TestCase("others/theirs.json")]
    public void A_target_that_became_unreplaceable_after_the_check_is_left_as_it_was(string target)
    {
        Assume.That(target != "device" || targets.HasDevice, "mknod is not permitted here");
        Assume.That(target != "others/theirs.json" || targets.OthersFileIsTheirs, "chown is not permitted here");
        var before = Entry(target);
        var temp = NewTemp(targets[target], "new");
        Assert.Multiple(() =>
        {
            Assert.That(() => AtomicRename.Replace(temp, targets[target], target),
                Throws.TypeOf<BadInputException>().With.Message.StartWith($"cannot write {target}: "));
            Assert.That(Entry(target), Is.EqualTo(before));
            Assert.That(File.Exists(temp), Is.False, "the temporary file is removed");
        });
    }

    [Test]
    public void A_regular_file_of_ours_is_replaced_and_a_missing_one_created()
    {
        var existing = targets[$"runs/{Guid.NewGuid():N}.json"];
        File.WriteAllText(existing, "old");
        var missing = targets[$"runs/{Guid.NewGuid():N}.json"];
        var first = NewTemp(existing, "new");
        var second = NewTemp(missing, "created");
        AtomicRename.Replace(first, existing, "existing");
        AtomicRename.Replace(second, missing, "missing");
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(existing), Is.EqualTo("new"));
            Assert.That(File.ReadAllText(missing), Is.EqualTo("created"));
            Assert.That(File.Exists(first) || File.Exists(second), Is.False, "no temporary file is left");
            Assert.That(Directory.EnumerateFiles(targets["runs"], "*.tmp"), Is.Empty, "nor the replaced file under the temporary name");
        });
    }
}
