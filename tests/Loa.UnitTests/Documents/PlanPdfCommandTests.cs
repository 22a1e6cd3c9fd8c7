using System.Text;
using Loa.Cli;
using Loa.Cli.Commands;
using Loa.UnitTests.Plans;

namespace Loa.UnitTests.Documents;

/// <summary>
/// <c>loa plan pdf</c>: the plan as PDF/A-2b (whole, or the plan and its appendix as two files), a Vietnamese message
/// and exit 3 without LibreOffice, nothing written on failure.
/// </summary>
public sealed class PlanPdfCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-plan-pdf-cmd-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [LibreOfficeFact]
    public async Task Writes_the_pdf_of_a_plan_text_with_its_landscape_appendix()
    {
        var input = Write("canh-vinh.txt", SamplePlans.Text(SamplePlans.CanhVinh));
        var output = Path.Combine(_folder, "cv.pdf");

        var (code, stdout, error) = await Run("plan", "pdf", input, "-o", output);

        Assert.True(code == 0, error);
        Assert.Equal("", error);
        Assert.Contains($"Đã ghi kế hoạch (PDF): {output}", stdout, StringComparison.Ordinal);
        await PdfChecks.AssertPdfA2bAsync(output);
        var sizes = PdfChecks.PageSizes(await File.ReadAllBytesAsync(output));
        Assert.True(sizes[0].Height > sizes[0].Width && sizes[^1].Width > sizes[^1].Height, "portrait plan, landscape appendix");
        Assert.Equal(["canh-vinh.txt", "cv.pdf"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [LibreOfficeFact]
    public async Task With_appendix_the_plan_and_its_appendix_are_two_files()
    {
        var input = Write("canh-vinh.txt", SamplePlans.Text(SamplePlans.CanhVinh));
        var output = Path.Combine(_folder, "ke-hoach.pdf");
        var appendix = Path.Combine(_folder, "phu-luc.pdf");

        var (code, stdout, error) = await Run("plan", "pdf", input, "-o", output, "--appendix", appendix);

        Assert.True(code == 0, error);
        Assert.Contains($"Đã ghi Phụ lục (PDF): {appendix}", stdout, StringComparison.Ordinal);
        Assert.All(PdfChecks.PageSizes(await File.ReadAllBytesAsync(output)), s => Assert.True(s.Height > s.Width));
        Assert.All(PdfChecks.PageSizes(await File.ReadAllBytesAsync(appendix)), s => Assert.True(s.Width > s.Height));
        Assert.DoesNotContain(await LibreOffice.PagesAsync(output), p => p.Contains("PHỤ LỤC", StringComparison.Ordinal));
        Assert.Contains("PHỤ LỤC", (await LibreOffice.PagesAsync(appendix))[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_libreoffice_it_says_so_in_vietnamese_exits_3_and_writes_nothing()
    {
        var input = Write("canh-vinh.txt", SamplePlans.Text(SamplePlans.CanhVinh));
        var output = Path.Combine(_folder, "cv.pdf");

        var (code, stdout, error) = await Run("plan", "pdf", input, "-o", output, "--office", Path.Combine(_folder, "no-soffice"));

        Assert.Equal(3, code);
        Assert.Equal("", stdout);
        Assert.Equal($"loa plan pdf: {Loa.Documents.Pdf.LibreOfficePdfConverter.Missing}", error.Trim());
        Assert.Equal(["canh-vinh.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_plan_without_key_tasks_has_no_appendix_to_split()
    {
        var input = Write("plan.txt", "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n");
        var (code, _, error) = await Run("plan", "pdf", input, "-o", Path.Combine(_folder, "a.pdf"), "--appendix", Path.Combine(_folder, "b.pdf"));

        Assert.Equal(1, code);
        Assert.Contains("không có bảng nhiệm vụ trọng tâm nên không có Phụ lục", error, StringComparison.Ordinal);
        Assert.Equal(["plan.txt"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(new[] { "plan", "pdf" }, "thiếu tệp kế hoạch")]
    [InlineData(new[] { "plan", "pdf", "a.txt" }, "thiếu tệp cần tạo")]
    [InlineData(new[] { "plan", "pdf", "a.txt", "-o" }, "thiếu tên tệp sau -o")]
    [InlineData(new[] { "plan", "pdf", "a.txt", "-o", "b.pdf", "--xlsx", "c.xlsx" }, "--xlsx")]
    [InlineData(new[] { "plan", "pdf", "a.txt", "b.txt", "-o", "c.pdf" }, "chỉ xuất một kế hoạch")]
    [InlineData(new[] { "plan", "pdf", "a.txt", "-o", "a.txt" }, "trùng với tệp kế hoạch")]
    [InlineData(new[] { "plan", "pdf", "a.txt", "-o", "b.pdf", "--appendix", "b.pdf" }, "phải khác nhau")]
    public async Task Misuse_exits_with_2_and_says_how_to_use_it(string[] args, string expected)
    {
        var (code, _, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("loa plan pdf --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_in_vietnamese_and_both_pdf_verbs_are_listed()
    {
        var (code, stdout, _) = await Run("plan", "pdf", "--help");
        Assert.Equal(0, code);
        Assert.Contains("PDF/A-2b", stdout, StringComparison.Ordinal);
        Assert.Contains("apt-get install libreoffice-writer-nogui", stdout, StringComparison.Ordinal);
        Assert.Contains("--appendix", stdout, StringComparison.Ordinal);

        var (_, overview, _) = await Run("--help");
        Assert.Contains("plan pdf", overview, StringComparison.Ordinal);
        Assert.Contains("report pdf", overview, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(args, new CommandContext(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
