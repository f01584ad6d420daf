using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the benchmarks run in this build, whose TorchSharp native library the build already
// prepared (Spec/torchsharp-native-fix.md); BenchmarkDotNet's generated projects would not get that step.
// dotnet run -c Release --project Implementation/Benchmarks -- --filter '*'   (see BENCHMARKS.md)
// The in-process default stops a benchmark after 5 minutes; checking 825 networks at n = 64 takes
// about 5 s an iteration, so up to 100 iterations need longer.
var toolchain = new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true);
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(toolchain).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
