using BenchmarkDotNet.Attributes;
using Loa.Demo;
using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.Benchmarks;

/// <summary>Parsing each sample plan from text to <see cref="PlanDocument"/>; the target is under 5 ms a plan.</summary>
[MemoryDiagnoser]
public class PlanParseBenchmark
{
    private string _text = "";

    [Params("phuoc-tan-2026.txt", "canh-vinh-2026.txt", "hung-phu-2026.txt")]
    public string Plan { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = DemoPlanTexts.Read(Plan);

    [Benchmark]
    public PlanDocument Parse() => PlanTextParser.Parse(_text);

    [Benchmark]
    public string ParseAndSerialize() => PlanJson.Serialize(PlanTextParser.Parse(_text), indented: false);
}
