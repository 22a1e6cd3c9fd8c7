using Loa.Cli;
using Loa.Cli.Commands;
using Loa.Data;
using Loa.Documents;
using Loa.Domain.Geography;
using Loa.Plans;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Loa.UnitTests.Documents;

/// <summary><c>loa report docx</c>: a commune's report of a period from a database, Vietnamese errors, nothing written on failure.</summary>
public sealed class ReportDocxCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-report-docx-").FullName;

    private string Data => Path.Combine(_folder, "data");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Writes_the_report_of_a_communes_issued_plan()
    {
        var code = await IssuedPlanAsync();
        var output = Path.Combine(_folder, "bao-cao.docx");

        var (exit, stdout, error) = await Run("report", "docx", "--commune", code, "--year", "2026", "--period", "q1", "-o", output, "--data", Data);

        Assert.True(exit == 0, error);
        Assert.Equal("", error);
        Assert.Contains($"Đã ghi {output}: báo cáo quý I năm 2026", stdout, StringComparison.Ordinal);
        Assert.Contains("chưa tổng hợp", stdout, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(output);
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var paragraphs = DocxText.Paragraphs(bytes);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Kính gửi: Sở Nội vụ", StringComparison.Ordinal));
        var lines = paragraphs.SelectMany(p => p.Split('\n', '\t')).Select(l => l.Trim()).ToList();
        Assert.Contains("Nơi nhận:", lines);
        Assert.Contains("- Như trên;", lines);
    }

    [Theory]
    [InlineData("00000", "2026", "q1", "không có xã, phường mã \"00000\"")]
    [InlineData(null, "2027", "q1", "chưa có kế hoạch năm 2027 được ban hành")]
    public async Task A_commune_or_plan_that_is_not_there_fails_in_vietnamese_and_writes_nothing(string? commune, string year, string period, string expected)
    {
        var code = await IssuedPlanAsync();
        var output = Path.Combine(_folder, "bao-cao.docx");

        var (exit, stdout, error) = await Run("report", "docx", "--commune", commune ?? code, "--year", year, "--period", period, "-o", output, "--data", Data);

        Assert.Equal(CommandRouter.Failure, exit);
        Assert.Equal("", stdout);
        Assert.Contains("loa report docx: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData(new[] { "report", "docx", "--year", "2026", "--period", "q1", "-o", "a.docx" }, "thiếu --commune")]
    [InlineData(new[] { "report", "docx", "--commune", "26041", "--year", "năm nay", "--period", "q1", "-o", "a.docx" }, "sai --year")]
    [InlineData(new[] { "report", "docx", "--commune", "26041", "--year", "2026", "--period", "q5", "-o", "a.docx" }, "sai --period")]
    [InlineData(new[] { "report", "docx", "--commune", "26041", "--year", "2026", "--period", "q1" }, "thiếu -o")]
    public async Task Misuse_exits_with_2_and_says_how_to_use_it(string[] args, string expected)
    {
        var (exit, _, error) = await Run(args);

        Assert.Equal(CommandRouter.Usage, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("loa report docx --help", error, StringComparison.Ordinal);
    }

    /// <summary>A database in the test's folder with one commune's plan of 2026 issued; returns the commune's code.</summary>
    private Task<string> IssuedPlanAsync() => IssuedPlanAsync(Data);

    /// <summary>A database in <paramref name="data"/> with one commune's plan of 2026 issued; returns the commune's code.</summary>
    internal static async Task<string> IssuedPlanAsync(string data)
    {
        await using var db = CliDatabase.From(new Dictionary<string, string?> { ["--data"] = data }).Open();
        await DatabaseInitializer.InitializeAsync(db);
        var commune = await db.Communes.OrderBy(c => c.Id).FirstAsync();
        db.Plans.Add(new Plan
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Year = 2026,
            Status = PlanStatus.Issued,
            Number = "07/KH-UBND",
            IssuedOn = new DateOnly(2026, 2, 1),
            IssuerName = commune.GovernmentName,
            IssuerKind = commune.Kind.Word(),
            IssuerLocality = commune.Locality,
            Title = $"Thông tin, tuyên truyền cải cách hành chính {commune.Name} năm 2026",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Tasks =
            [
                new KeyTask
                {
                    ProvinceId = commune.ProvinceId,
                    CommuneId = commune.Id,
                    Order = 0,
                    Label = "1",
                    Name = "Đăng tin, bài về cải cách hành chính",
                    Timeframe = "Trong năm 2026",
                    QuantityValue = 4,
                    QuantityUnit = "tin, bài",
                    QuantityText = "04 tin, bài",
                },
            ],
        });
        await db.SaveChangesAsync();
        return commune.Code;
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(args, new CommandContext(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
