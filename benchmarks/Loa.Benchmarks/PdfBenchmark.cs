using BenchmarkDotNet.Attributes;
using Loa.Demo;
using Loa.Documents;
using Loa.Documents.Pdf;
using Loa.Plans;
using Loa.Plans.Parsing;
using Loa.Reports;
using Loa.UnitTests.Documents;

namespace Loa.Benchmarks;

/// <summary>
/// The cost of a PDF (docs/decisions/0033-pdf-with-libreoffice.md): a plan with its appendix and a report with 20 task
/// rows, written to .docx and converted by <see cref="LibreOfficePdfConverter"/> (one LibreOffice started per document).
/// <c>PlanPair</c> is what issuing needs: the plan and its appendix as two PDFs, converted side by side. Few iterations:
/// each one starts LibreOffice. The allocation column counts this process only; LibreOffice's own memory is measured
/// with /usr/bin/time (see the ADR).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(8)]
[InvocationCount(1, 1)]
public class PdfBenchmark : IDisposable
{
    private readonly LibreOfficePdfConverter _converter = new(concurrency: 2);
    private PlanDocument _plan = new();
    private ReportDocument _report = new();

    [GlobalSetup]
    public void Setup()
    {
        if (!_converter.IsAvailable)
        {
            throw new InvalidOperationException("LibreOffice (soffice) is not on PATH: apt-get install libreoffice-writer-nogui fonts-liberation2");
        }

        _plan = PlanTextParser.Parse(DemoPlanTexts.Read("hung-phu-2026.txt"));
        _report = SampleReports.Large(20);
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _converter.Dispose();
        }
    }

    [Benchmark]
    public Task<byte[]> Plan() => PlanPdf.WholeAsync(_plan, [], _converter, CancellationToken.None);

    [Benchmark]
    public Task<PlanPdfFiles> PlanPair() => PlanPdf.WriteAsync(_plan, [], _converter, CancellationToken.None);

    [Benchmark]
    public Task<byte[]> Report() => _converter.ConvertAsync(ReportDocxWriter.Write(_report), CancellationToken.None);
}
