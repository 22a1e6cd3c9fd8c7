using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Startup;

/// <summary>
/// The first start on an empty database takes a while (the database, 3,321 communes, the demo): the app says on its log
/// (the console of <c>dotnet run</c>) what it is doing, with counts and percentages; a second start says nothing of it.
/// </summary>
public sealed class FirstStartProgressTests
{
    [Fact]
    public async Task The_first_start_reports_what_it_builds_with_progress()
    {
        var log = new LogCapture();
        using var app = new LoaAppFactory(Engine.Sqlite, demo: true, configure: log.Register);
        _ = app.Server;

        var lines = log.Lines.Select(l => l.Message).ToList();
        var database = lines.FindIndex(l => l.StartsWith("Đang tạo, cập nhật cơ sở dữ liệu (", StringComparison.Ordinal));
        var communes = lines.FindIndex(l => l == "Đang nạp danh sách 34 tỉnh, thành phố và 3.321 xã, phường: 0/3.321 (0%)");
        var communesDone = lines.FindIndex(l => l == "Đang nạp danh sách 34 tỉnh, thành phố và 3.321 xã, phường: 3.321/3.321 (100%)");
        var demo = lines.FindIndex(l => l.StartsWith("Đang dựng dữ liệu trình diễn: 3 xã, phường có kế hoạch thật (đang làm Phước Tân): 0/3 (0%)", StringComparison.Ordinal));
        var generated = lines.FindIndex(l => l.StartsWith("Đang sinh dữ liệu trình diễn cho các xã, phường khác của Tỉnh Đồng Nai: 0/", StringComparison.Ordinal));
        var generatedDone = lines.FindLastIndex(l => l.StartsWith("Đang sinh dữ liệu trình diễn cho các xã, phường khác của Tỉnh Đồng Nai:", StringComparison.Ordinal));
        Assert.True(database >= 0, log.Text);
        Assert.True(database < communes && communes < communesDone && communesDone < demo && demo < generated && generated < generatedDone, log.Text);
        Assert.EndsWith("(100%)", lines[generatedDone], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Cơ sở dữ liệu đã sẵn sàng sau ", StringComparison.Ordinal));

        // A second start finds everything done and says nothing of building it.
        var again = new LogCapture();
        using var second = app.SecondInstance(again.Register);
        _ = second.Server;
        Assert.DoesNotContain(again.Lines, l => l.Message.StartsWith("Đang ", StringComparison.Ordinal));
    }
}
