using System.Net;
using Loa.Activities;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Reports;

/// <summary>
/// A unit's report is about that unit. The scenario's task 1 "04 tin, bài" is led by Phòng Văn hóa – Xã hội, task 2
/// "02 clip" by the service centre with the culture office as partner; the service centre made the clip of 10 March.
/// A unit's report lists the tasks it leads with the task's whole progress — every unit's activities, the same
/// figures and verdict as the commune's report — and apart, without a verdict, what it did for tasks others lead.
/// The page, the frozen part and the .docx say the same.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class UnitReportScopeTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_unit_report_shows_the_tasks_it_leads_whole_and_apart_its_part_in_tasks_others_lead(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        // 6 tháng: data from 15/12/2025 to 14/06/2026, "kỳ này" from 15/03/2026. Task 1 (target 4, half the year gone: 2 due).
        // the centre helps task 1, the office task 2
        await ReportData.AddActivityAsync(app, s, s.ArticlesTask, s.ServiceCentre, new(2026, 4, 10), 1, ChannelKind.Article, views: 400);
        await ReportData.AddActivityAsync(app, s, s.ClipsTask, s.Culture, new(2026, 5, 12), 1, ChannelKind.Video, views: 900);
        // Task 1: 1 of 4 by the centre → behind (2 due). Task 2: 2 of 2 (the centre's clip of 10/3 and the office's) → done.

        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var commune = await coordinator.GetPageAsync($"/reports/commune?{ReportData.Query(s, "h1")}");
        var articlesWhole = ReportData.Row(commune, "report-tasks", s.ArticlesTask.Label!);
        var clipsWhole = ReportData.Row(commune, "report-tasks", s.ClipsTask.Label!);
        Assert.Equal(("1", "1", "25%"), (articlesWhole["Kỳ này"], articlesWhole["Lũy kế"], articlesWhole["Tỷ lệ"]));
        Assert.StartsWith("Chậm tiến độ", articlesWhole["Tình trạng"], StringComparison.Ordinal);
        Assert.Equal(("1", "2", "100%"), (clipsWhole["Kỳ này"], clipsWhole["Lũy kế"], clipsWhole["Tỷ lệ"]));
        Assert.StartsWith("Hoàn thành", clipsWhole["Tình trạng"], StringComparison.Ordinal);

        // The service centre leads task 2 only: shown whole, as the commune's report shows it; task 1 is not its lateness.
        var centreUrl = $"/reports/unit?{ReportData.Query(s, "h1")}&unit={s.ServiceCentre.Id}";
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        var centre = await officer.GetPageAsync(centreUrl);
        Assert.Equal([s.ClipsTask.Label!], ReportData.FirstCells(centre, "report-tasks"));
        Assert.Equal(clipsWhole, ReportData.Row(centre, "report-tasks", s.ClipsTask.Label!));
        Assert.Null(centre.QuerySelector("#report-late"));
        // ... and apart, its own part in task 1: its one article, no verdict.
        var part = ReportData.Row(centre, "report-contributions", s.ArticlesTask.Label!);
        Assert.Equal(("1", "1", "1"), (part["Kỳ này"], part["Lũy kế"], part["Hoạt động"]));
        Assert.DoesNotContain("Tình trạng", part.Keys);
        Assert.DoesNotContain("tiến độ", centre.QuerySelector("#report-contributions")!.TextContent, StringComparison.Ordinal);
        // Its totals count what it did itself: the clip of 10/3 (before "kỳ này") and the article of 10/4.
        var total = ReportData.Row(centre, "report-channels", "Tổng cộng");
        Assert.Equal(("1", "400"), (total["Hoạt động"], total["Lượt xem, nghe"]));
        var yearToDate = ReportData.Row(centre, "report-channels", "Lũy kế từ đầu năm");
        Assert.Equal(("2", "1.600"), (yearToDate["Hoạt động"], yearToDate["Lượt xem, nghe"]));

        // The culture office leads task 1: its report says task 1 is late, as the commune's does, and lists its clip for task 2 apart.
        var culture = await coordinator.GetPageAsync($"/reports/unit?{ReportData.Query(s, "h1")}&unit={s.Culture.Id}");
        Assert.Equal([s.ArticlesTask.Label!], ReportData.FirstCells(culture, "report-tasks"));
        Assert.Equal(articlesWhole, ReportData.Row(culture, "report-tasks", s.ArticlesTask.Label!));
        Assert.Equal([s.ArticlesTask.Label!], culture.QuerySelectorAll("#report-late li").Select(l => l.GetAttribute("data-task")));
        var cultureClip = ReportData.Row(culture, "report-contributions", s.ClipsTask.Label!);
        Assert.Equal(("1", "1", "1"), (cultureClip["Kỳ này"], cultureClip["Lũy kế"], cultureClip["Hoạt động"]));

        // Each figure opens the activities behind it: task 2 in the centre's report lists both units' clips.
        var behind = await officer.GetPageAsync($"/reports/activities?{ReportData.Query(s, "h1")}&unit={s.ServiceCentre.Id}&task={s.ClipsTask.Id}");
        Assert.Equal("2", behind.QuerySelector("#counted [data-total='activities']")!.TextContent.Trim());
        var own = await officer.GetPageAsync($"/reports/activities?{ReportData.Query(s, "h1")}&unit={s.ServiceCentre.Id}&task={s.ArticlesTask.Id}");
        Assert.Equal("1", own.QuerySelector("#counted [data-total='activities']")!.TextContent.Trim());

        // Sent, the part is frozen as shown; its .docx has the same two tables.
        var sent = await officer.SubmitAsync(
            centre, "form.card", new() { ["Input.Results"] = "Hoàn thành video clip." }, button: "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var frozen = await officer.GetPageAsync(centreUrl);
        Assert.Equal(clipsWhole, ReportData.Row(frozen, "report-tasks", s.ClipsTask.Label!));
        Assert.Equal(part, ReportData.Row(frozen, "report-contributions", s.ArticlesTask.Label!));
        var download = $"/reports/download?{ReportData.Query(s, "h1")}&unit={s.ServiceCentre.Id}";
        var docx = ReportData.DocxParagraphs(await officer.Client.GetByteArrayAsync(download));
        Assert.Contains("Kết quả thực hiện các nhiệm vụ đơn vị chủ trì", string.Join("\n", docx), StringComparison.Ordinal);
        Assert.Contains("Tham gia các nhiệm vụ do đơn vị khác chủ trì", string.Join("\n", docx), StringComparison.Ordinal);
        Assert.Contains(docx, p => p == "Không có nhiệm vụ chậm tiến độ.");
        Assert.DoesNotContain(docx, p => p.Contains("Chậm tiến độ", StringComparison.Ordinal));
        Assert.Contains(frozen.QuerySelector("#report-summary")!.TextContent.Trim(), docx);
    }
}
