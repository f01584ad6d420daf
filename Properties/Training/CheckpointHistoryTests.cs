using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Verification.Training;

namespace Verification.Properties.Training;

/// <summary>
/// Checkpoints outlive the defaults they were written under: a header written before the fine-tune stage had
/// dimensions of its own, or before steps had shards, must read as the run it was (fine-tune on the main stage's n,
/// one shard), not as today's default.
/// </summary>
[Claim("TRAIN-1")]
public class CheckpointHistoryTests
{
    const int MagicAndVersion = 12, Hash = 32;

    [Test]
    public void A_header_without_fine_tune_dimensions_reads_as_the_main_stages()
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-history-").FullName;
        try
        {
            var current = Path.Combine(folder, "current.l1hyper");
            using (var trainer = new Trainer(SmallRun.Options with { Steps = 1, FineTuneSteps = 0, FineTuneDimensions = [5, 6] }))
                trainer.Capture().Save(current);
            var old = Path.Combine(folder, "old.l1hyper");
            File.WriteAllBytes(old, WithoutField(File.ReadAllBytes(current), "FineTuneDimensions"));
            Assert.Multiple(() =>
            {
                Assert.That(Checkpoint.Load(current).Options.FineTuneDimensions, Is.EqualTo(new[] { 5, 6 }), "a header with the field keeps it");
                Assert.That(Checkpoint.Load(old).Options.FineTuneDimensions, Is.Null, "a header without it: the main stage's");
                Assert.That(new TrainingOptions().FineTuneDimensions, Is.Not.Null, "the default the old header must not take");
            });
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Test]
    public void A_header_without_shards_reads_as_one_shard()
    {
        var folder = Directory.CreateTempSubdirectory("l1verify-history-").FullName;
        try
        {
            var current = Path.Combine(folder, "current.l1hyper");
            using (var trainer = new Trainer(SmallRun.Options with { Steps = 1, FineTuneSteps = 0, Shards = 4 }))
                trainer.Capture().Save(current);
            var old = Path.Combine(folder, "old.l1hyper");
            File.WriteAllBytes(old, WithoutField(File.ReadAllBytes(current), "Shards"));
            Assert.Multiple(() =>
            {
                Assert.That(Checkpoint.Load(current).Options.Shards, Is.EqualTo(4), "a header with the field keeps it");
                Assert.That(Checkpoint.Load(old).Options.Shards, Is.EqualTo(1), "a header without it: the stream of its time");
                Assert.That(new TrainingOptions().Shards, Is.Not.EqualTo(1), "the default the old header must not take");
            });
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    /// <summary>The checkpoint with one field of its header's Options removed and its checksum renewed.</summary>
    static byte[] WithoutField(byte[] file, string field)
    {
        var length = BitConverter.ToInt32(file, MagicAndVersion);
        var header = JsonNode.Parse(Encoding.UTF8.GetString(file, MagicAndVersion + 4, length))!;
        Assert.That(header["Options"]!.AsObject().Remove(field), Is.True, $"the header has {field}");
        var json = Encoding.UTF8.GetBytes(header.ToJsonString());
        byte[] body = [.. file[..MagicAndVersion], .. BitConverter.GetBytes(json.Length), .. json, .. file[(MagicAndVersion + 4 + length)..^Hash]];
        return [.. body, .. SHA256.HashData(body)];
    }
}
