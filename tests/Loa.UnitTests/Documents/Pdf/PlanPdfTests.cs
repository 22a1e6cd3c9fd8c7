using Loa.Documents;
using Loa.Documents.Pdf;

namespace Loa.UnitTests.Documents.Pdf;

/// <summary>
/// A plan's PDFs for signing: the plan on A4 portrait without its appendix, the appendix alone on A4 landscape
/// (Decree 30/2020, Phụ lục I: appendices in separate files), both PDF/A-2b.
/// </summary>
public sealed class PlanPdfTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-plan-pdf-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [LibreOfficeFact]
    public async Task The_plan_and_its_appendix_are_two_pdfs_portrait_and_landscape()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.PhuocTanWithAppendix);

        var files = await PlanPdf.WriteAsync(plan, [], LibreOffice.Converter, CancellationToken.None);

        var main = await SaveAsync("main.pdf", files.Main);
        var mainPages = await LibreOffice.PagesAsync(main);
        Assert.All(PdfChecks.PageSizes(files.Main), s => Assert.True(s.Width < s.Height && s.Height is > 841.0 and < 842.5, $"{s} is not A4 portrait"));
        Assert.Contains("Nơi nhận:", mainPages[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(mainPages, p => p.Contains("PHỤ LỤC", StringComparison.Ordinal));

        Assert.NotNull(files.Appendix);
        var appendix = await SaveAsync("appendix.pdf", files.Appendix);
        var appendixPages = await LibreOffice.PagesAsync(appendix);
        Assert.All(PdfChecks.PageSizes(files.Appendix), s => Assert.True(s.Width > s.Height && s.Width is > 841.0 and < 842.5, $"{s} is not A4 landscape"));
        Assert.Contains("PHỤ LỤC", appendixPages[0], StringComparison.Ordinal);
        Assert.Contains("(Kèm theo Kế hoạch số", string.Join(" ", appendixPages[0].Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain(appendixPages, p => p.Contains("Nơi nhận", StringComparison.Ordinal));
        // Pages numbered from 1 on their own: none on the first, 2, 3 … at the top of the others.
        Assert.False(int.TryParse(FirstLine(appendixPages[0]), out _));
        for (var i = 1; i < appendixPages.Count; i++)
        {
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), FirstLine(appendixPages[i]));
        }
    }

    [Fact]
    public async Task A_plan_without_key_tasks_has_no_appendix_file()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.Numbered);
        plan.Tasks = [];
        var converter = new RecordingConverter();

        var files = await PlanPdf.WriteAsync(plan, [], converter, CancellationToken.None);

        Assert.Null(files.Appendix);
        var converted = Assert.Single(converter.Documents);
        Assert.Equal(converted, files.Main);
    }

    private static string FirstLine(string page) => page.Split('\n').Select(l => l.Trim()).First(l => l.Length > 0);

    private async Task<string> SaveAsync(string name, byte[] pdf)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, pdf);
        await PdfChecks.AssertPdfA2bAsync(path);
        return path;
    }

    /// <summary>Returns each .docx it is given as the "PDF", and keeps them.</summary>
    private sealed class RecordingConverter : IPdfConverter
    {
        public List<byte[]> Documents { get; } = [];

        public bool IsAvailable => true;

        public Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
        {
            Documents.Add(docx);
            return Task.FromResult(docx);
        }
    }
}
