using System.CommandLine;
using System.Globalization;
using Verification.Checking;
using Verification.Classifier;
using Verification.Errors;
using Verification.Files;
using Verification.Hypernetwork;
using Verification.Results;
using Verification.Shell;
using Verification.Study;
using Verification.Sweep;
using Verification.Training;
using Verification.Vocabulary;

namespace Verification.Research.Commands;

/// <summary>
/// <c>hyper-experiment [--steps S] [--warmup-steps S] [--fine-tune-steps S] [--seed S] [--folder F] [--resume] [--evaluate checkpoint]</c>:
/// trains a hypernetwork from scratch (or resumes, or loads one) and prints the phase table at n = 16 and
/// the generalisation table, the measurement the hypernetwork claims rest on.
/// </summary>
public static class HyperExperimentCommand
{
    public static Command Create()
    {
        var steps = new Option<int>("--steps") { Description = "training steps", DefaultValueFactory = _ => new TrainingOptions().Steps };
        var seed = new Option<long>("--seed") { Description = "training seed", DefaultValueFactory = _ => 1 };
        var folder = new Option<string>("--folder") { Description = "checkpoint folder", DefaultValueFactory = _ => "hyper-checkpoints" };
        var resume = new Option<bool>("--resume") { Description = "continue from the newest checkpoint in the folder" };
        var evaluate = new Option<string?>("--evaluate") { Description = "skip training: survey this checkpoint" };
        var betaCount = new Option<int>("--betas") { Description = "betas in the survey", DefaultValueFactory = _ => 25 };
        var seedCount = new Option<int>("--seeds") { Description = "seeds per beta", DefaultValueFactory = _ => 33 };
        var show = new Option<double[]>("--show") { Description = "print the weight signature of one n = 16 network at each of these betas", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [] };
        var learningRate = new Option<double>("--learning-rate") { Description = "Adam learning rate", DefaultValueFactory = _ => new TrainingOptions().LearningRate };
        var warmup = new Option<int>("--warmup-steps") { Description = "steps over which the main stage's learning rate rises", DefaultValueFactory = _ => new TrainingOptions().WarmupSteps };
        var ramp = new Option<double>("--beta-ramp") { Description = "fraction of steps over which the beta range widens", DefaultValueFactory = _ => new TrainingOptions().BetaRampFraction };
        var fineTuneSteps = new Option<int>("--fine-tune-steps") { Description = "steps of the fine-tune stage", DefaultValueFactory = _ => new TrainingOptions().FineTuneSteps };
        var fineTuneRate = new Option<double>("--fine-tune-learning-rate") { Description = "learning rate of the fine-tune stage", DefaultValueFactory = _ => new TrainingOptions().FineTuneLearningRate };
        var balance = new Option<double>("--fine-tune-beta-balance") { Description = "exponent of the per-beta loss weight in the fine-tune stage", DefaultValueFactory = _ => new TrainingOptions().FineTuneBetaBalance };
        var betaMin = new Option<double>("--beta-min") { Description = "lowest trained beta", DefaultValueFactory = _ => new TrainingOptions().BetaMin };
        var betaMax = new Option<double>("--beta-max") { Description = "highest trained beta", DefaultValueFactory = _ => new TrainingOptions().BetaMax };
        var fineTuneDimensions = new Option<int[]?>("--fine-tune-dimensions") { Description = "input dimensions of the fine-tune stage (default: --dimensions)", AllowMultipleArgumentsPerToken = true };
        var dimensions = new Option<int[]>("--dimensions") { Description = "input dimensions trained on", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [.. new TrainingOptions().Dimensions] };
        var objectiveOptions = new ObjectiveOptions();
        var threads = new Option<int>("--threads") { Description = "torch threads (1 makes runs bit-reproducible)", DefaultValueFactory = _ => 1 };
        var command = new Command("hyper-experiment", "Train a hypernetwork and survey its phases.")
        {
            steps, seed, folder, resume, evaluate, betaCount, seedCount, threads, show, learningRate, warmup, ramp, fineTuneSteps, fineTuneRate, balance,
            betaMin, betaMax, dimensions, fineTuneDimensions,
        };
        foreach (var option in objectiveOptions.All) command.Options.Add(option);
        command.SetAction(parse =>
        {
            // Everything checked before training starts, like the documented commands.
            var (threadCount, betaLevels, seedsPerBeta) = (parse.GetValue(threads), parse.GetValue(betaCount), parse.GetValue(seedCount));
            if (threadCount < 1 || betaLevels < 0 || seedsPerBeta < 1)
                throw new BadInputException("threads and seeds must be at least 1, betas at least 0");
            // A survey level at n = 64 (192 x 65 weights per network) as float64 means, deviations, samples and copies.
            MemoryBudget.Require(8 * 4 * MemoryBudget.Times(seedsPerBeta, 192, 65), $"{seedsPerBeta} networks per beta level");
            var options = new TrainingOptions
            {
                Steps = parse.GetValue(steps), Seed = parse.GetValue(seed), LearningRate = parse.GetValue(learningRate), WarmupSteps = parse.GetValue(warmup), BetaRampFraction = parse.GetValue(ramp),
                FineTuneSteps = parse.GetValue(fineTuneSteps), FineTuneLearningRate = parse.GetValue(fineTuneRate), FineTuneBetaBalance = parse.GetValue(balance),
                BetaMin = parse.GetValue(betaMin), BetaMax = parse.GetValue(betaMax), Dimensions = [.. parse.GetValue(dimensions)!],
                FineTuneDimensions = parse.GetValue(fineTuneDimensions) is { Length: > 0 } given ? [.. given] : null,
                Objective = objectiveOptions.Read(parse),
            };
            var evaluated = parse.GetValue(evaluate) is { } path ? Checkpoint.Load(ShippedCheckpoints.Resolve(path)) : null;
            if (evaluated is null)
            {
                options.Validate();
                OutputPath.RequireFolder(parse.GetValue(folder)!, "checkpoint folder");
            }
            foreach (var beta in parse.GetValue(show)!) TrainedBeta.Require(beta, evaluated?.Options ?? options);
            Torch.Initialise();
            TorchSharp.torch.set_num_threads(threadCount);
            var hypernetwork = evaluated is not null
                ? HypernetworkFile.Load(evaluated)
                : Train(options, parse.GetValue(folder)!, parse.GetValue(resume));
            foreach (var beta in parse.GetValue(show)!)
                Console.WriteLine($"beta {beta:E2}, seed 1000:\n{WeightSignature.Of(NetworkGenerator.Generate(hypernetwork, 16, beta, 1000))}");
            if (betaLevels > 0) Survey(hypernetwork, betaLevels, seedsPerBeta);
            return 0;
        });
        return command;
    }

    static HypernetworkModel Train(TrainingOptions options, string folder, bool resume)
    {
        var trainer = resume ? Resumption.StartOrResume(options, folder).Trainer : new Trainer(options);
        Console.WriteLine($"training from step {trainer.Step} to {trainer.Options.TotalSteps}, seed {trainer.Options.Seed}, {TorchSharp.torch.get_num_threads()} threads");
        var (sumLoss, sumMse, sumBits, count, started) = (0.0, 0.0, 0.0, 0, trainer.Step);
        trainer.Run(folder, p =>
        {
            (sumLoss, sumMse, sumBits, count) = (sumLoss + p.Loss, sumMse + p.Mse, sumBits + p.KlBits, count + 1);
            if (p.Step % 500 != 0 && p.Step != p.TotalSteps) return;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"step {p.Step,6}  loss {sumLoss / count:F4}  mse {sumMse / count:F4}  KL {sumBits / count,8:F1} bits  {p.Elapsed.TotalSeconds,6:F1} s  {(p.Step - started) / p.Elapsed.TotalSeconds:F1} steps/s  skipped {p.SkippedSteps}"));
            (sumLoss, sumMse, sumBits, count) = (0, 0, 0, 0);
        });
        return trainer.Hypernetwork;
    }

    static void Survey(HypernetworkModel hypernetwork, int betaCount, int seedCount)
    {
        var source = HypernetworkSource.Of(hypernetwork);
        var seeds = Enumerable.Range(1000, seedCount).ToArray();
        // One beta level at a time: the memory check before training allows one level's networks at n = 64.
        List<NetworkResult> Level(int n, double beta) => SweepRunner.Run(source, NetworkSource.Hypernetwork, null,
            new SweepGrid([beta], seeds, [], L1Check.DefaultSamples, L1Check.DefaultTolerance, CheckSeed: 0), [n]);

        Console.WriteLine("n = 16      beta   double  +pud  -pud  mix  convex  uncl   KL bits  pass   R2(mean)");
        var all = new List<NetworkResult>();
        foreach (var beta in SweepGrid.LogSpaced(hypernetwork.Betas.BetaMin, hypernetwork.Betas.BetaMax, betaCount))
        {
            var level = Level(Protocol.PhaseDimension, beta);
            all.AddRange(level);
            var row = GroupFigures.Of(level);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"        {beta,10:E2}  {row.Count(AlgorithmLabel.DoubleSided),5} {row.Count(AlgorithmLabel.PositivePudding),5} {row.Count(AlgorithmLabel.NegativePudding),5} {row.Count(AlgorithmLabel.MixedPudding),4} {row.Count(AlgorithmLabel.Convexity),7} {row.Count(AlgorithmLabel.Unclassified),5}  {row.MeanKlBits,8:F0}  {row.PassShare,4:P0}  {level.Average(x => x.Check.R2),6:F3}"));
        }
        Console.WriteLine("by label:   count   mean KL bits   pass rate   R2 mean   R2 min   p99 rel (median)");
        foreach (var label in AlgorithmLabel.All)
        {
            var group = all.Where(x => x.Algorithm == label).ToArray();
            if (group.Length == 0) continue;
            var figures = GroupFigures.Of(group);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label,-17} {group.Length,5}  {figures.MeanKlBits,10:F0}  {figures.PassShare,9:P0}  {group.Average(x => x.Check.R2),8:F3} {group.Min(x => x.Check.R2),8:F3}  {figures.MedianP99RelError,8:P2}"));
        }
        var lowBeta = hypernetwork.Betas.BetaMin;
        Console.WriteLine($"generalisation at beta = {lowBeta:E1}: n  double-sided  other labels  pass  p99 rel (worst)");
        foreach (var n in new[] { 2, 3, 4, 5, 11, 16, 20, 24, 32, 48, 64 })
        {
            var level = Level(n, lowBeta);
            var row = GroupFigures.Of(level);
            var others = string.Join(",", AlgorithmLabel.All.Where(l => l != AlgorithmLabel.DoubleSided && row.Count(l) > 0).Select(l => $"{l}:{row.Count(l)}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {n,3}  {row.Count(AlgorithmLabel.DoubleSided),3}/{seedCount}  {others,-30}  {row.PassShare,5:P0}  {level.Max(x => x.Check.P99RelError),7:P2}"));
        }
    }
}
