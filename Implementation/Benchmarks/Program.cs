using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the benchmarks run in this build, whose TorchSharp native library the build already
// prepared (Spec/torchsharp-native-fix.md); BenchmarkDotNet's generated projects would not get that step.
// dotnet run -c Release --project Implementation/Benchmarks -- --filter '*'   (see BENCHMARKS.md)
var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
