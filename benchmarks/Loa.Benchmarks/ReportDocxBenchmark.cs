using BenchmarkDotNet.Attributes;
using Loa.Documents;
using Loa.Reports;
using Loa.UnitTests.Documents;

namespace Loa.Benchmarks;

/// <summary>
/// Exporting a periodic report with 20 key-task rows, its totals by channel and content area and its narrative to
/// .docx in memory; the target is well under 100 ms a document.
/// </summary>
[MemoryDiagnoser]
public class ReportDocxBenchmark
{
    private ReportDocument _report = new();

    [GlobalSetup]
    public void Setup() => _report = SampleReports.Large(20);

    [Benchmark]
    public byte[] Docx() => ReportDocxWriter.Write(_report);
}
