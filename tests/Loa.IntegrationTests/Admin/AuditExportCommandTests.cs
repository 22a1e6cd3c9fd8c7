using System.Text;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Admin;

/// <summary><c>loa audit export</c> on the database of a running app: a window of days, one commune, .csv and .xlsx, and the export in the log.</summary>
[Collection(AppCollection.Name)]
public sealed class AuditExportCommandTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_command_line_writes_the_window_of_one_commune_and_logs_that_it_did(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var b = await Scenario.CreateAsync(app, withActivity: false, otherProvinceThan: a);
        var log = AuditEntries.NewDay();
        await log.AddAsync(
            app,
            ("a-morning", log.Start.AddHours(2), a.Commune.ProvinceId, a.Commune.Id, null),
            ("a-next-day", log.Start.AddDays(1).AddHours(2), a.Commune.ProvinceId, a.Commune.Id, null),
            ("a-day-after-window", log.Start.AddDays(2), a.Commune.ProvinceId, a.Commune.Id, null),
            ("b-morning", log.Start.AddHours(3), b.Commune.ProvinceId, b.Commune.Id, null),
            ("+84913579246", log.Start.AddHours(4), a.Commune.ProvinceId, a.Commune.Id, null));
        var folder = Path.Combine(app.DataPath, "xuat-" + log.Marker);
        Directory.CreateDirectory(folder);
        var (from, to) = ($"{log.Day:yyyy-MM-dd}", log.Day.AddDays(1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));

        var csvPath = Path.Combine(folder, "nhat-ky.csv");
        var (code, output, error) = await CliRun.RunAsync(
            null, ["audit", "export", "--from", from, "--to", to, "--commune", a.Commune.Code, "-o", csvPath, .. CliRun.DatabaseOf(app)]);
        Assert.True(code == 0, error);
        Assert.Contains("Đã ghi 3 dòng", output, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(csvPath);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes);
        Assert.Contains(log.Mark("a-morning"), csv, StringComparison.Ordinal);
        Assert.Contains(log.Mark("a-next-day"), csv, StringComparison.Ordinal);
        Assert.Contains(",'+84913579246", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("a-day-after-window"), csv, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("b-morning"), csv, StringComparison.Ordinal);
        Assert.Contains(a.Commune.Name, csv, StringComparison.Ordinal);

        var xlsxPath = Path.Combine(folder, "nhat-ky.xlsx");
        (code, _, error) = await CliRun.RunAsync(null, ["audit", "export", "--from", from, "--to", to, "-o", xlsxPath, .. CliRun.DatabaseOf(app)]);
        Assert.True(code == 0, error);
        var sheet = AuditLogPageTests.SheetXml(await File.ReadAllBytesAsync(xlsxPath));
        Assert.Contains(log.Mark("b-morning"), sheet, StringComparison.Ordinal);
        Assert.DoesNotContain(log.Mark("a-day-after-window"), sheet, StringComparison.Ordinal);

        await using (var db = app.SystemDb())
        {
            var day = log.Day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
            var exports = await db.AuditEntries.Where(e => e.Action == "audit-export" && e.Detail!.Contains(day)).Select(e => e.Detail!).ToListAsync();
            Assert.Equal(2, exports.Count);
            Assert.Contains(
                exports, d => d.Contains("csv, 3 dòng", StringComparison.Ordinal) && d.Contains("xã: " + a.Commune.Code, StringComparison.Ordinal));
        }

        // bad input: a message, the right exit code, no file
        var bad = new (string[] Args, int Code, string Message)[]
        {
            (["--from", "2026-13-01", "--to", to, "-o", Path.Combine(folder, "x.csv")], 2, "Không hiểu \"từ ngày\""),
            (["--from", to, "--to", from, "-o", Path.Combine(folder, "x.csv")], 2, "phải trước hoặc bằng"),
            (["--from", from, "-o", Path.Combine(folder, "x.csv")], 2, "cần cả --from"),
            (["--from", from, "--to", to, "-o", Path.Combine(folder, "x.pdf")], 2, ".csv hoặc .xlsx"),
            (["--from", from, "--to", to, "--commune", "99999", "-o", Path.Combine(folder, "x.csv")], 1, "không có xã, phường mã \"99999\""),
        };
        foreach (var (args, expected, message) in bad)
        {
            (code, _, error) = await CliRun.RunAsync(null, ["audit", "export", .. args, .. CliRun.DatabaseOf(app)]);
            Assert.Equal(expected, code);
            Assert.Contains(message, error, StringComparison.Ordinal);
        }

        Assert.Equal(new[] { "nhat-ky.csv", "nhat-ky.xlsx" }, Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order().ToArray());
    }
}
