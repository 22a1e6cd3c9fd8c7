using System.Text;
using System.Text.Json;
using Loa.Cli;
using Loa.Cli.Commands;

namespace Loa.UnitTests.Plans;

/// <summary><c>loa plan parse</c>: output, exit codes, and the messages for files it cannot read.</summary>
public sealed class PlanParseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-plan-parse-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Prints_indented_plan_json()
    {
        var file = Write("hung-phu.txt", SamplePlans.Text(SamplePlans.HungPhu));
        var (code, output, error) = await Run("plan", "parse", file);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("{\n  \"format\": \"loa.plan/1\",", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Ủy ban nhân dân phường Hưng Phú", json.RootElement.GetProperty("issuer").GetProperty("name").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("unplaced").GetArrayLength());
    }

    [Fact]
    public async Task Json_lines_one_compact_object_per_file_in_order()
    {
        var first = Write("a.txt", SamplePlans.Text(SamplePlans.CanhVinh));
        var second = Write("b.txt", SamplePlans.Text(SamplePlans.PhuocTan));
        var (code, output, error) = await Run("plan", "parse", "--jsonl", first, second);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(2, lines.Length);
        var localities = lines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal("loa.plan/1", json.RootElement.GetProperty("format").GetString());
            return json.RootElement.GetProperty("issuer").GetProperty("locality").GetString();
        });
        Assert.Equal(["Canh Vinh", "Phước Tân"], localities);
    }

    [Fact]
    public async Task Json_lines_go_on_past_a_bad_file_and_fail_at_the_end()
    {
        var good = Write("good.txt", SamplePlans.Text(SamplePlans.CanhVinh));
        var missing = Path.Combine(_folder, "khong-co.txt");
        var (code, output, error) = await Run("plan", "parse", "--jsonl", missing, good);

        Assert.Equal(1, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("khong-co.txt", error, StringComparison.Ordinal);
        Assert.Contains("không tìm thấy tệp", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_file()
    {
        var (code, output, error) = await Run("plan", "parse", Path.Combine(_folder, "mat.txt"));
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("mat.txt", error, StringComparison.Ordinal);
        Assert.Contains("không tìm thấy tệp", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "trống")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0A }, "trống")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "trống")]
    [InlineData(new byte[] { 0x4B, 0x00, 0x01, 0x02, 0x48 }, "không phải văn bản")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "Tệp PDF bị hỏng")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "Word (.docx) bị hỏng")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00 }, "định dạng .doc cũ")]
    [InlineData(new byte[] { 0x4B, 0xC3, 0x28, 0x20, 0x48 }, "UTF-8")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x4B, 0x00 }, "Không nhận ra kế hoạch")]
    public async Task Unreadable_files_get_a_vietnamese_message(byte[] bytes, string expected)
    {
        var file = Path.Combine(_folder, "bad.txt");
        await File.WriteAllBytesAsync(file, bytes);
        var (code, output, error) = await Run("plan", "parse", file);

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("bad.txt", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_word_document()
    {
        var file = Path.Combine(_folder, "hung-phu.docx");
        await File.WriteAllBytesAsync(file, Import.SampleDocx.Bytes(SamplePlans.HungPhu));
        var (code, output, error) = await Run("plan", "parse", file);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Ủy ban nhân dân phường Hưng Phú", json.RootElement.GetProperty("issuer").GetProperty("name").GetString());
        Assert.Equal(8, json.RootElement.GetProperty("tasks").GetArrayLength());
        Assert.Equal("Nguyễn Thị Trúc Linh", json.RootElement.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("unplaced").GetArrayLength());
    }

    [Fact]
    public async Task Notes_on_a_word_document_go_to_standard_error_and_it_still_succeeds()
    {
        var file = Path.Combine(_folder, "canh-vinh.docx");
        await File.WriteAllBytesAsync(file, Import.SampleDocx.Bytes(SamplePlans.CanhVinh));
        var (code, output, error) = await Run("plan", "parse", "--jsonl", file, Write("phuoc-tan.txt", SamplePlans.Text(SamplePlans.PhuocTan)));

        Assert.Equal(0, code);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length);
        Assert.Contains("canh-vinh.docx", error, StringComparison.Ordinal);
        Assert.Contains("lưu ý: Bảng có ô gộp nhiều dòng", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_utf16_text()
    {
        var file = Path.Combine(_folder, "utf16.txt");
        await File.WriteAllTextAsync(file, SamplePlans.Text(SamplePlans.CanhVinh), Encoding.Unicode);
        var (code, output, _) = await Run("plan", "parse", file);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Canh Vinh", json.RootElement.GetProperty("issuer").GetProperty("locality").GetString());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_without_reading_it()
    {
        var file = Path.Combine(_folder, "qua-lon.docx");
        await using (var stream = File.Create(file))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var (code, output, error) = await Run("plan", "parse", file);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("Tệp quá lớn (50,0 MB)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_a_plan()
    {
        var file = Write("thu.txt", "Kính gửi anh chị,\nCuộc họp dời sang thứ Năm.\n");
        var (code, _, error) = await Run("plan", "parse", file);
        Assert.Equal(1, code);
        Assert.Contains("thu.txt", error, StringComparison.Ordinal);
        Assert.Contains("Không nhận ra kế hoạch", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_is_not_a_file()
    {
        var (code, _, error) = await Run("plan", "parse", _folder);
        Assert.Equal(1, code);
        Assert.Contains("thư mục", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepts_a_byte_order_mark()
    {
        var file = Path.Combine(_folder, "bom.txt");
        await File.WriteAllTextAsync(file, SamplePlans.Text(SamplePlans.PhuocTan), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var (code, output, _) = await Run("plan", "parse", file);
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("Phước Tân", json.RootElement.GetProperty("place").GetString());
    }

    [Fact]
    public async Task Dash_reads_standard_input()
    {
        var bytes = Encoding.UTF8.GetBytes(SamplePlans.Text(SamplePlans.CanhVinh));
        var router = new CommandRouter([new PlanParseCommand(() => new MemoryStream(bytes))]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await router.RunAsync(["plan", "parse", "-"], new CommandContext(output, error));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("Canh Vinh", json.RootElement.GetProperty("issuer").GetProperty("locality").GetString());
    }

    [Theory]
    [InlineData(new string[] { "plan", "parse" }, "thiếu tên tệp")]
    [InlineData(new string[] { "plan", "parse", "--pretty", "a.txt" }, "--pretty")]
    [InlineData(new string[] { "plan", "parse", "a.txt", "b.txt" }, "--jsonl")]
    [InlineData(new string[] { "plan", "parse", "--jsonl" }, "thiếu tên tệp")]
    public async Task Usage_errors_exit_with_two(string[] args, string expected)
    {
        var (code, output, error) = await Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("Cách dùng", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_in_vietnamese()
    {
        var (code, output, _) = await Run("plan", "parse", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Cách dùng", output, StringComparison.Ordinal);
        Assert.Contains("--jsonl", output, StringComparison.Ordinal);
        Assert.Contains("Ví dụ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verb_is_in_the_catalog()
    {
        Assert.Contains(CommandCatalog.All(), c => c.Verb.SequenceEqual(["plan", "parse"]));
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
