using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Run: dotnet run -c Release --project benchmarks/Loa.Benchmarks -- --filter '*'
// BenchmarkDotNet 0.14 does not know the .NET 10 moniker, so its default toolchain (a generated project per
// run) fails; the in-process toolchain measures in this process instead, which is enough for the parser. Its default
// time limit (5 minutes a benchmark, setup included) is too short on a busy machine: 30 minutes.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Loa.Benchmarks.PlanParseBenchmark).Assembly).Run(args, config);
