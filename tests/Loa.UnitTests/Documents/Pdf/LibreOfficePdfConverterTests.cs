using Loa.Documents;
using Loa.Documents.Pdf;

namespace Loa.UnitTests.Documents.Pdf;

/// <summary>
/// Loa's one PDF converter: PDF/A-2b on A4 with every font embedded (Times New Roman asked for, Liberation Serif — the
/// metric-compatible font on Linux — embedded), at most so many conversions at once, and a Vietnamese message when
/// LibreOffice is missing or fails.
/// </summary>
public sealed class LibreOfficePdfConverterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-pdf-converter-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [LibreOfficeFact]
    public async Task The_plan_asks_for_times_new_roman_and_its_pdf_embeds_liberation_serif()
    {
        var docx = ExportedPlans.Docx(ExportedPlans.Numbered);
        using (var opened = new ExportedDocx(docx))
        {
            var fonts = opened.Main.StyleDefinitionsPart!.Styles!.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>()
                .Concat(opened.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>())
                .SelectMany(f => (string?[])[f.Ascii?.Value, f.HighAnsi?.Value, f.ComplexScript?.Value])
                .Where(f => f is not null).Distinct().ToList();
            Assert.Equal(["Times New Roman"], fonts);
        }

        var pdf = await LibreOffice.ConvertToPdfAsync(docx, _folder);
        var embedded = await PdfChecks.FontsAsync(pdf);
        Assert.All(embedded, f => Assert.Contains("LiberationSerif", f.Name, StringComparison.Ordinal));
        Assert.Contains(embedded, f => f.Name.EndsWith("+LiberationSerif", StringComparison.Ordinal));
        Assert.Contains(embedded, f => f.Name.EndsWith("+LiberationSerif-Bold", StringComparison.Ordinal));
    }

    [LibreOfficeFact]
    public async Task The_inspection_record_becomes_a_pdf_a_2b_on_a4_portrait()
    {
        var pdf = await LibreOffice.ConvertToPdfAsync(InspectionDocxWriter.Write(InspectionDocxWriterTests.Record()), _folder);
        var sizes = PdfChecks.PageSizes(await File.ReadAllBytesAsync(pdf));
        Assert.NotEmpty(sizes);
        Assert.All(sizes, s =>
        {
            Assert.InRange(s.Width, 594.5, 596.0);
            Assert.InRange(s.Height, 841.0, 842.5);
        });
        var text = string.Join(" ", await LibreOffice.PagesAsync(pdf));
        Assert.Contains("BIÊN BẢN", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_program_is_unavailable_and_says_so_in_vietnamese()
    {
        using var converter = new LibreOfficePdfConverter(Path.Combine(_folder, "no-such-soffice"));
        Assert.False(converter.IsAvailable);
        var error = await Assert.ThrowsAsync<PdfConversionException>(() => converter.ConvertAsync([1, 2, 3], CancellationToken.None));
        Assert.Equal(LibreOfficePdfConverter.Missing, error.Message);
        Assert.Contains("LibreOffice", error.Message, StringComparison.Ordinal);
        Assert.Contains(".docx vẫn tải được", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_that_fails_gives_a_vietnamese_message()
    {
        using var converter = new LibreOfficePdfConverter(Script("failing", "exit 3"));
        Assert.True(converter.IsAvailable);
        var error = await Assert.ThrowsAsync<PdfConversionException>(() => converter.ConvertAsync([1, 2, 3], CancellationToken.None));
        Assert.StartsWith("LibreOffice không chuyển được tài liệu sang PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_more_conversions_run_at_once_than_allowed()
    {
        // A stand-in for soffice that logs when it starts and ends and writes the "PDF" where soffice would.
        var log = Path.Combine(_folder, "runs.log");
        var office = Script("office", $"""
            echo start >> '{log}'
            sleep 0.3
            echo end >> '{log}'
            out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done
            printf '%%PDF-fake' > "$out/document.pdf"
            """);
        using var converter = new LibreOfficePdfConverter(office, concurrency: 1);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => converter.ConvertAsync([1], CancellationToken.None)));

        Assert.All(results, r => Assert.Equal("%PDF-fake"u8.ToArray(), r));
        var lines = await File.ReadAllLinesAsync(log);
        Assert.Equal(Enumerable.Range(0, 4).SelectMany(_ => (string[])["start", "end"]), lines);
    }

    [Fact]
    public void Options_choose_the_program_the_limit_and_by_default_half_the_processors()
    {
        using var configured = new PdfOptions { Office = Script("office", "exit 0"), Concurrency = 3 }.CreateConverter();
        Assert.True(configured.IsAvailable);
        Assert.Equal(3, configured.Concurrency);

        using var missing = new PdfOptions { Office = "/nowhere/soffice" }.CreateConverter();
        Assert.False(missing.IsAvailable);
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), missing.Concurrency);
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
