using BenchmarkDotNet.Attributes;
using Loa.Plans.Import;
using Loa.UnitTests.Plans.Import;

namespace Loa.Benchmarks;

/// <summary>
/// Importing a 50-page Word document (about 25,000 words: the three sample plans' parts twice over, their task
/// tables, and a 250-row appendix table, numbered by Word and laid out in tables): the target is under 1 s.
/// The same plan as text shows how much of the time is the parser's.
/// </summary>
[MemoryDiagnoser]
public class PlanImportBenchmark
{
    private byte[] _docx = [];
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = LongPlan.Text();
        _docx = LongPlan.Docx();
        Console.WriteLine($"// Long plan: {LongPlan.Words(_text)} words, .docx {_docx.Length / 1024} KB");
    }

    [Benchmark]
    public ImportResult ImportFiftyPageDocx() => PlanImporter.Import(_docx, "ke-hoach-50-trang.docx");

    [Benchmark]
    public ImportResult ImportFiftyPageText() => PlanImporter.ImportText(_text);
}
