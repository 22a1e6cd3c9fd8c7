using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Loa.Cli;
using Loa.Cli.Commands;
using Loa.Documents;
using Loa.Plans;
using Loa.UnitTests.Plans;

namespace Loa.UnitTests.Documents;

/// <summary><c>loa plan docx</c>: inputs by content, the three outputs, Vietnamese errors, no half-written files.</summary>
public sealed class PlanDocxCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-plan-docx-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Writes_the_docx_of_a_plan_text()
    {
        var input = Write("canh-vinh.txt", SamplePlans.Text(SamplePlans.CanhVinh));
        var output = Path.Combine(_folder, "cv.docx");
        var (code, stdout, error) = await Run("plan", "docx", input, "-o", output);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Đã ghi văn bản Word", stdout, StringComparison.Ordinal);
        var paragraphs = DocxText.Paragraphs(await File.ReadAllBytesAsync(output));
        Assert.Contains("Tuyên truyền công tác cải cách hành chính xã Canh Vinh năm 2026", paragraphs);
        Assert.Contains("PHỤ LỤC", paragraphs);
        Assert.Equal(["canh-vinh.txt", "cv.docx"], Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Reads_plan_json_by_its_content_whatever_the_file_is_called()
    {
        var plan = SamplePlans.FreshPlan(SamplePlans.HungPhu);
        plan.Number = "15/KH-UBND";
        var input = Write("ke-hoach.txt", "\uFEFF  " + PlanJson.Serialize(plan));
        var output = Path.Combine(_folder, "hp.docx");
        var (code, _, error) = await Run("plan", "docx", input, "--output", output);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Số: 15/KH-UBND\t", DocxText.Paragraphs(await File.ReadAllBytesAsync(output))[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_the_task_table_as_xlsx_and_csv()
    {
        var input = Write("hp.txt", SamplePlans.Text(SamplePlans.HungPhu));
        var xlsx = Path.Combine(_folder, "nv.xlsx");
        var csv = Path.Combine(_folder, "nv.csv");
        var docx = Path.Combine(_folder, "kh.docx");
        var (code, stdout, error) = await Run("plan", "docx", input, "--xlsx", xlsx, "--csv", csv, "-o", docx);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Excel", stdout, StringComparison.Ordinal);
        using (var document = SpreadsheetDocument.Open(xlsx, isEditable: false))
        {
            Assert.Equal("Nhiệm vụ", document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single().Name!.Value);
        }

        var lines = (await File.ReadAllTextAsync(csv, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        Assert.StartsWith("TT,Nhiệm vụ,", lines[0], StringComparison.Ordinal);
        Assert.True(File.Exists(docx));
    }

    [Fact]
    public async Task A_plan_without_tasks_says_the_table_is_empty()
    {
        var input = Write("pt.txt", SamplePlans.Text(SamplePlans.PhuocTan));
        var (code, stdout, _) = await Run("plan", "docx", input, "--csv", Path.Combine(_folder, "nv.csv"));
        Assert.Equal(0, code);
        Assert.Contains("không có bảng nhiệm vụ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_file_exported_by_loa_goes_back_in_and_out_with_the_same_plan()
    {
        var input = Path.Combine(_folder, "ke-hoach.docx");
        await File.WriteAllBytesAsync(input, ExportedPlans.Docx(ExportedPlans.CanhVinh));
        var output = Path.Combine(_folder, "out.docx");
        var (code, _, error) = await Run("plan", "docx", input, "-o", output);

        Assert.True(code == 0, error);
        var again = Loa.Plans.Import.PlanImporter.Import(await File.ReadAllBytesAsync(output), "out.docx").Plan;
        var expected = ExportedPlans.Plan(ExportedPlans.CanhVinh);
        Assert.Equal(expected.Title, again.Title);
        Assert.Equal(expected.Tasks.Select(t => t.Name), again.Tasks.Select(t => t.Name));
    }

    [Theory]
    [InlineData("mat.txt", "không tìm thấy tệp")]
    [InlineData("rong.txt", "trống")]
    [InlineData("thu.txt", "Không nhận ra kế hoạch")]
    [InlineData("sai.json", "không phải kế hoạch")]
    public async Task Unreadable_input_fails_in_vietnamese_and_writes_nothing(string file, string expected)
    {
        Write("rong.txt", "");
        Write("thu.txt", "Kính gửi anh chị,\nCuộc họp dời sang thứ Năm.\n");
        Write("sai.json", "{ \"format\": \"loa.report/1\" }");
        var output = Path.Combine(_folder, "out.docx");
        var (code, stdout, error) = await Run("plan", "docx", Path.Combine(_folder, file), "-o", output);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains(file, error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_missing_output_folder_fails_without_leaving_a_temporary_file()
    {
        var input = Write("cv.txt", SamplePlans.Text(SamplePlans.CanhVinh));
        var (code, _, error) = await Run("plan", "docx", input, "-o", Path.Combine(_folder, "khong-co", "cv.docx"));
        Assert.Equal(1, code);
        Assert.Contains("không có thư mục", error, StringComparison.Ordinal);
        Assert.Equal(["cv.txt"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_existing_output_is_replaced_whole()
    {
        var input = Write("cv.txt", SamplePlans.Text(SamplePlans.CanhVinh));
        var output = Write("cv.docx", new string('x', 500_000));
        var (code, _, _) = await Run("plan", "docx", input, "-o", output);
        Assert.Equal(0, code);
        Assert.Equal(
            DocxText.Paragraphs(PlanDocxWriter.Write(SamplePlans.FreshPlan(SamplePlans.CanhVinh))), DocxText.Paragraphs(await File.ReadAllBytesAsync(output)));
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }

    [Theory]
    [InlineData(new[] { "plan", "docx" }, "thiếu tệp kế hoạch")]
    [InlineData(new[] { "plan", "docx", "a.txt" }, "thiếu tệp cần tạo")]
    [InlineData(new[] { "plan", "docx", "a.txt", "-o" }, "thiếu tên tệp sau -o")]
    [InlineData(new[] { "plan", "docx", "a.txt", "-o", "b.docx", "--pdf", "c.pdf" }, "--pdf")]
    [InlineData(new[] { "plan", "docx", "a.txt", "b.txt", "-o", "c.docx" }, "chỉ xuất một kế hoạch")]
    [InlineData(new[] { "plan", "docx", "a.txt", "-o", "a.txt" }, "trùng với tệp kế hoạch")]
    [InlineData(new[] { "plan", "docx", "a.txt", "-o", "b.docx", "--csv", "b.docx" }, "phải khác nhau")]
    public async Task Misuse_exits_with_2_and_says_how_to_use_it(string[] args, string expected)
    {
        var (code, _, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("loa plan docx --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_is_in_vietnamese_and_the_verb_is_listed()
    {
        var (code, stdout, _) = await Run("plan", "docx", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Nghị định 30/2020", stdout, StringComparison.Ordinal);
        Assert.Contains("--xlsx", stdout, StringComparison.Ordinal);

        var (_, overview, _) = await Run("--help");
        Assert.Contains("plan docx", overview, StringComparison.Ordinal);
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
