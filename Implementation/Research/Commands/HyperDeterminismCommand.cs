using System.CommandLine;
using Verification.Training;

namespace Verification.Research.Commands;

/// <summary>
/// <c>hyper-determinism [--steps S]</c>: trains twice from the same seed, and once with an
/// interruption and a resume from the checkpoint written half-way, then compares all three states bit
/// for bit (parameters and Adam moments). Run with one thread.
/// </summary>
public static class HyperDeterminismCommand
{
    public static Command Create()
    {
        var steps = new Option<int>("--steps") { Description = "steps per run", DefaultValueFactory = _ => 300 };
        var command = new Command("hyper-determinism", "Check that training is bit-reproducible and resumes exactly.") { steps };
        command.SetAction(parse =>
        {
            var total = parse.GetValue(steps);
            var options = new TrainingOptions { Steps = total / 2, FineTuneSteps = total - total / 2, Seed = 7, CheckpointInterval = Math.Max(1, total / 3) };
            options.Validate();
            Torch.Initialise();
            TorchSharp.torch.set_num_threads(1);
            var folder = Directory.CreateTempSubdirectory("l1hyper-determinism-").FullName;
            try
            {
                var first = Final(new Trainer(options), null);
                var second = Final(new Trainer(options), null);

                using (var interrupted = new Trainer(options))
                {
                    using var stop = new CancellationTokenSource();
                    interrupted.Run(folder, p => { if (p.Step == options.CheckpointInterval) stop.Cancel(); }, stop.Token);
                }
                var halfway = Path.Combine(folder, Checkpoint.FileName(options.CheckpointInterval));
                var resumed = Final(Trainer.Resume(halfway), folder);

                Console.WriteLine($"same seed, two runs of {total} steps: {Compare(first, second)}");
                Console.WriteLine($"interrupted at {options.CheckpointInterval}, resumed from {Path.GetFileName(halfway)}: {Compare(first, resumed)}");
                return Identical(first, second) && Identical(first, resumed) ? 0 : 1;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }

    static Checkpoint Final(Trainer trainer, string? folder)
    {
        using (trainer)
        {
            trainer.Run(folder);
            return trainer.Capture();
        }
    }

    static bool Identical(Checkpoint a, Checkpoint b) =>
        a.Step == b.Step && a.AdamUpdates == b.AdamUpdates && a.Tensors.Count == b.Tensors.Count
        && a.Tensors.Zip(b.Tensors).All(p => p.First.Name == p.Second.Name && p.First.Values.AsSpan().SequenceEqual(p.Second.Values));

    static string Compare(Checkpoint a, Checkpoint b)
    {
        var values = a.Tensors.Sum(t => t.Values.Length);
        var differing = a.Tensors.Zip(b.Tensors).Sum(p => p.First.Values.Zip(p.Second.Values).Count(v => BitConverter.SingleToInt32Bits(v.First) != BitConverter.SingleToInt32Bits(v.Second)));
        return Identical(a, b) ? $"bit-identical ({values} numbers)" : $"DIFFERENT: {differing} of {values} numbers differ";
    }
}
