using BenchmarkDotNet.Attributes;
using Loa.Demo;
using Loa.Documents;
using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.Benchmarks;

/// <summary>
/// Exporting a parsed plan, appendix included, to .docx in memory (and its task table to .xlsx and .csv);
/// the target is under 20 ms a document.
/// </summary>
[MemoryDiagnoser]
public class PlanDocxBenchmark
{
    private PlanDocument _plan = new();

    [Params("canh-vinh-2026.txt", "hung-phu-2026.txt")]
    public string Plan { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _plan = PlanTextParser.Parse(DemoPlanTexts.Read(Plan));

    [Benchmark]
    public byte[] Docx() => PlanDocxWriter.Write(_plan);

    [Benchmark]
    public byte[] DocxXlsx() => TaskTableExport.Xlsx(_plan);

    [Benchmark]
    public byte[] DocxCsv() => TaskTableExport.Csv(_plan);
}
