using System.Text;
using Loa.Cli;
using Microsoft.EntityFrameworkCore;

namespace Loa.UnitTests.Procedures;

/// <summary><c>loa procedures import</c> on a SQLite database: imports, imports again alike, refuses a bad file whole, says what is wrong.</summary>
public sealed class ProceduresImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-procedures-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Imports_a_province_catalogue_again_and_again_alike_and_a_bad_file_changes_nothing()
    {
        var good = Write("thu-tuc.csv", "Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Phí, lệ phí\n1.000001;Đăng ký khai sinh;Hộ tịch;Cấp xã;Miễn\n1.000002;Đăng ký kết hôn;Hộ tịch;Cấp xã;Miễn\n");
        var (code, stdout, error) = await Run("procedures", "import", "--province", "75", good, "--data", _folder);
        Assert.Equal(0, code);
        Assert.Contains("2 mới, 0 cập nhật, 0 không đổi", stdout, StringComparison.Ordinal);
        Assert.Equal("", error);

        (code, stdout, _) = await Run("procedures", "import", good, "--data", _folder, "--province", "75");
        Assert.Equal(0, code);
        Assert.Contains("0 mới, 0 cập nhật, 2 không đổi", stdout, StringComparison.Ordinal);

        var bad = Write("loi.csv", "Mã thủ tục;Tên thủ tục;Lĩnh vực\n1.000001;Đăng ký khai sinh (sửa);Hộ tịch\n1.000003;;Hộ tịch\n");
        (code, stdout, error) = await Run("procedures", "import", "--province", "75", bad, "--data", _folder);
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("Dòng 3: thiếu tên thủ tục", error, StringComparison.Ordinal);
        Assert.Contains("chưa nhập thủ tục nào", error, StringComparison.Ordinal);

        await using var db = CliDatabase.From(new Dictionary<string, string?> { ["--data"] = _folder }).Open();
        var names = await db.Procedures.OrderBy(p => p.Code).Select(p => p.Name).ToListAsync();
        Assert.Equal(["Đăng ký khai sinh", "Đăng ký kết hôn"], names);
        Assert.All(await db.Procedures.ToListAsync(), p => Assert.Equal("Đồng Nai", db.Provinces.Single(x => x.Id == p.ProvinceId).Locality));
    }

    [Theory]
    [InlineData(2, "cần --province", "procedures", "import", "x.csv")]
    [InlineData(2, "không tìm thấy tệp", "procedures", "import", "--province", "75", "khong-co.csv")]
    [InlineData(2, "không hiểu tham số", "procedures", "import", "--province", "75", "--nhanh", "x.csv")]
    public async Task Wrong_usage_exits_with_two_and_says_why(int expected, string message, params string[] args)
    {
        var (code, _, error) = await Run(args);
        Assert.Equal(expected, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_province_is_refused()
    {
        var file = Write("a.csv", "Mã thủ tục,Tên thủ tục,Lĩnh vực\n1.000001,A,B\n");
        var (code, _, error) = await Run("procedures", "import", "--province", "99", file, "--data", _folder);
        Assert.Equal(2, code);
        Assert.Contains("không có tỉnh, thành phố mã 99", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(args, new Loa.Cli.Commands.CommandContext(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
