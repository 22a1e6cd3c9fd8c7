using Loa.Cli;
using Loa.Cli.Commands;
using Microsoft.Data.Sqlite;

namespace Loa.UnitTests.Documents;

/// <summary><c>loa report pdf</c>: a commune's report of a period as PDF/A-2b; without LibreOffice a Vietnamese message and exit 3.</summary>
public sealed class ReportPdfCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-report-pdf-").FullName;

    private string Data => Path.Combine(_folder, "data");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [LibreOfficeFact]
    public async Task Writes_the_report_of_a_communes_issued_plan_as_pdf()
    {
        var code = await ReportDocxCommandTests.IssuedPlanAsync(Data);
        var output = Path.Combine(_folder, "bao-cao.pdf");

        var (exit, stdout, error) = await Run("report", "pdf", "--commune", code, "--year", "2026", "--period", "q1", "-o", output, "--data", Data);

        Assert.True(exit == 0, error);
        Assert.Equal("", error);
        Assert.Contains($"Đã ghi {output}: báo cáo quý I năm 2026", stdout, StringComparison.Ordinal);
        await PdfChecks.AssertPdfA2bAsync(output);
        Assert.All(PdfChecks.PageSizes(await File.ReadAllBytesAsync(output)), s => Assert.InRange(s.Height, 841.0, 842.5));
        var text = string.Join(" ", await LibreOffice.PagesAsync(output));
        Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_libreoffice_it_says_so_in_vietnamese_exits_3_and_writes_nothing()
    {
        var code = await ReportDocxCommandTests.IssuedPlanAsync(Data);
        var output = Path.Combine(_folder, "bao-cao.pdf");

        var (exit, stdout, error) = await Run(
            "report", "pdf", "--commune", code, "--year", "2026", "--period", "q1", "-o", output, "--data", Data, "--office", Path.Combine(_folder, "none"));

        Assert.Equal(3, exit);
        Assert.Equal("", stdout);
        Assert.Equal($"loa report pdf: {Loa.Documents.Pdf.LibreOfficePdfConverter.Missing}", error.Trim());
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData(new[] { "report", "pdf", "--year", "2026", "--period", "q1", "-o", "a.pdf" }, "thiếu --commune")]
    [InlineData(new[] { "report", "pdf", "--commune", "26041", "--year", "2026", "--period", "q5", "-o", "a.pdf" }, "sai --period")]
    [InlineData(new[] { "report", "pdf", "--commune", "26041", "--year", "2026", "--period", "q1" }, "thiếu -o")]
    public async Task Misuse_exits_with_2_and_says_how_to_use_it(string[] args, string expected)
    {
        var (exit, _, error) = await Run(args);

        Assert.Equal(CommandRouter.Usage, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("loa report pdf --help", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(args, new CommandContext(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
