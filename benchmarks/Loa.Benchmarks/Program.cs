using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// Run: dotnet run -c Release --project benchmarks/Loa.Benchmarks -- --filter '*'
// BenchmarkDotNet 0.14 does not know the .NET 10 moniker, so its default toolchain (a generated project per
// run) fails; the in-process toolchain measures in this process instead, which is enough for the parser.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Loa.Benchmarks.PlanParseBenchmark).Assembly).Run(args, config);
