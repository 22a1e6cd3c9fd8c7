using System.Globalization;
using System.Net;
using Loa.Activities;
using Loa.IntegrationTests.Infrastructure;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Reports;

/// <summary>
/// A unit's part of a periodic report: pre-filled from what it recorded, written and sent by its officer,
/// returned with a comment by the coordinator, corrected and sent again; bad input changes nothing.
/// The app's clock stands on 1 July 2026: quý I and 6 tháng are open, 9 tháng opens on 1 September.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class UnitReportTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Unit_officer_sends_its_report_the_coordinator_returns_it_and_the_officer_sends_it_again(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var unitUrl = $"/reports/unit?{ReportData.Query(scenario, "q1")}&unit={scenario.ServiceCentre.Id}";
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);

        // The list of periods leads to the unit's own report of quý I.
        var list = await officer.GetPageAsync("/reports");
        var q1Row = list.QuerySelector($"#periods-{scenario.Plan.Id} tr[data-period='q1']")!;
        Assert.Contains("Đã quá hạn", q1Row.TextContent, StringComparison.Ordinal);
        Assert.Contains(q1Row.QuerySelectorAll("a"), a => a.GetAttribute("href") == unitUrl);
        Assert.Contains("Chưa mở", list.QuerySelector($"#periods-{scenario.Plan.Id} tr[data-period='q3']")!.TextContent, StringComparison.Ordinal);

        // Pre-filled: the unit's one clip of 10 March counts against its task's target of two; the task it has no part in is not there.
        var page = await officer.GetPageAsync(unitUrl);
        Assert.Contains("Chưa lập", page.QuerySelector(".page-head .badge")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([scenario.ClipsTask.Label!], ReportData.FirstCells(page, "report-tasks"));
        var clips = ReportData.Row(page, "report-tasks", scenario.ClipsTask.Label!);
        Assert.Equal(("02 clip", "1", "1", "50%"), (clips["Chỉ tiêu"], clips["Kỳ này"], clips["Lũy kế"], clips["Tỷ lệ"]));
        Assert.Equal("1.200", ReportData.Row(page, "report-channels", "Video clip, phóng sự")["Lượt xem, nghe"]);

        var sent = await officer.SubmitAsync(page, "form.card", new()
        {
            ["Input.Results"] = "Đã xây dựng 01 video clip hướng dẫn nộp hồ sơ trực tuyến.",
            ["Input.Shortcomings"] = "Chưa có clip thứ hai.",
            ["Input.Causes"] = "Thiếu thiết bị quay phim.",
            ["Input.Proposals"] = "Đề nghị hỗ trợ thiết bị.",
        }, button: "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(unitUrl, sent.Headers.Location!.OriginalString);

        int reportId;
        await using (var db = app.SystemDb())
        {
            var report = await db.UnitReports.SingleAsync(r => r.PlanId == scenario.Plan.Id && r.UnitId == scenario.ServiceCentre.Id);
            reportId = report.Id;
            Assert.Equal((UnitReportStatus.Submitted, ReportPeriodKind.Quarter1, 2026), (report.Status, report.Period, report.Year));
            Assert.Equal(scenario.Officer.Id, report.SubmittedById);
            Assert.Equal(new DateOnly(2026, 7, 1), DateOnly.FromDateTime(report.SubmittedAt!.Value));
            Assert.Equal("Thiếu thiết bị quay phim.", report.Causes);
            Assert.NotNull(report.Snapshot);
            var toCoordinator = await db.Notifications.SingleAsync(n => n.UserId == scenario.Coordinator.Id);
            Assert.Equal($"{scenario.ServiceCentre.Name} đã gửi báo cáo quý I năm 2026", toCoordinator.Title);
            Assert.Equal(unitUrl, toCoordinator.Link);
            Assert.False(await db.Notifications.AnyAsync(n => n.UserId == scenario.Leader.Id || n.UserId == scenario.Officer.Id));
            Assert.True(await db.AuditEntries.AnyAsync(a =>
                a.Action == "submit" && a.EntityType == "UnitReport" && a.EntityId == Id(reportId) && a.UserId == scenario.Officer.Id && a.Succeeded));
        }

        // Sent: read-only for the officer, and a second send is refused.
        var after = await officer.GetPageAsync(unitUrl);
        Assert.Contains("Đã gửi", after.QuerySelector(".page-head .badge")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("button[formaction*='handler=Submit']"));
        Assert.NotNull(after.QuerySelector("textarea[name='Input.Results'][readonly]"));
        var again = await officer.Client.PostAsync($"{unitUrl}&handler=Save", Form(after, ("Input.Results", "Sửa sau khi gửi"), ("Input.Version", "1")));
        Assert.Contains("Báo cáo đã gửi.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The coordinator returns it with a comment; an empty comment is refused first.
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var review = await coordinator.GetPageAsync(unitUrl);
        var empty = await coordinator.SubmitAsync(review, "form[action*='handler=Return']", new() { ["Input.ReturnComment"] = "  " });
        Assert.Contains(
            WebSession.Parse(await empty.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e.Contains("Hãy ghi lý do trả lại", StringComparison.Ordinal));
        const string comment = "Bổ sung số lượt xem của clip và đường dẫn minh chứng.";
        var returned = await coordinator.SubmitAsync(review, "form[action*='handler=Return']", new() { ["Input.ReturnComment"] = comment });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        await using (var db = app.SystemDb())
        {
            var report = await db.UnitReports.SingleAsync(r => r.Id == reportId);
            Assert.Equal((UnitReportStatus.Returned, comment), (report.Status, report.ReturnComment));
            Assert.Null(report.Snapshot);
            var toOfficer = await db.Notifications.SingleAsync(n => n.UserId == scenario.Officer.Id);
            Assert.Equal(("Báo cáo quý I năm 2026 bị trả lại", comment, unitUrl), (toOfficer.Title, toOfficer.Body, toOfficer.Link));
            Assert.True(await db.AuditEntries.AnyAsync(a =>
                a.Action == "return" && a.EntityType == "UnitReport" && a.EntityId == Id(reportId) && a.UserId == scenario.Coordinator.Id));
        }

        // The officer sees why, corrects and sends again; the comment goes once the report is sent.
        var back = await officer.GetPageAsync(unitUrl);
        Assert.Contains($"Cán bộ đầu mối đã trả lại: {comment}", back.Text(), StringComparison.Ordinal);
        Assert.Contains("Bị trả lại", back.QuerySelector(".page-head .badge")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Thiếu thiết bị quay phim.", back.QuerySelector("textarea[name='Input.Causes']")!.TextContent.Trim());
        var saved = await officer.SubmitAsync(
            back, "form.card", new() { ["Input.Results"] = "Đang bổ sung số lượt xem." }, button: "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        back = await officer.GetPageAsync(unitUrl);
        Assert.Contains("Đang soạn", back.QuerySelector(".page-head .badge")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Cán bộ đầu mối đã trả lại: {comment}", back.Text(), StringComparison.Ordinal);
        var resent = await officer.SubmitAsync(
            back,
            "form.card",
            new() { ["Input.Results"] = "Đã xây dựng 01 video clip, đạt 1.200 lượt xem: https://example.gov.vn/clip-1" },
            button: "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        await using (var db = app.SystemDb())
        {
            var report = await db.UnitReports.SingleAsync(r => r.Id == reportId);
            Assert.Equal(UnitReportStatus.Submitted, report.Status);
            Assert.Null(report.ReturnComment);
            Assert.StartsWith("Đã xây dựng 01 video clip, đạt 1.200 lượt xem", report.Results, StringComparison.Ordinal);
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "submit" && a.EntityType == "UnitReport" && a.EntityId == Id(reportId)));
        }

        Assert.DoesNotContain("Cán bộ đầu mối đã trả lại", (await officer.GetPageAsync(unitUrl)).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_sent_unit_report_keeps_its_figures_when_activities_are_recorded_later(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var unitUrl = $"/reports/unit?{ReportData.Query(scenario, "h1")}&unit={scenario.ServiceCentre.Id}";
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var page = await officer.GetPageAsync(unitUrl);
        var sent = await officer.SubmitAsync(
            page, "form.card", new() { ["Input.Results"] = "Kết quả 6 tháng." }, button: "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var download = $"/reports/download?{ReportData.Query(scenario, "h1")}&unit={scenario.ServiceCentre.Id}";
        var docxBefore = ReportData.DocxParagraphs(await officer.Client.GetByteArrayAsync(download));

        // A clip recorded afterwards, dated inside the period.
        await ReportData.AddActivityAsync(
            app, scenario, scenario.ClipsTask, scenario.ServiceCentre, new DateOnly(2026, 5, 5), 1, ChannelKind.Video, views: 300);

        var frozen = ReportData.Row(await officer.GetPageAsync(unitUrl), "report-tasks", scenario.ClipsTask.Label!);
        Assert.Equal(("0", "1", "50%"), (frozen["Kỳ này"], frozen["Lũy kế"], frozen["Tỷ lệ"]));
        Assert.Equal(docxBefore, ReportData.DocxParagraphs(await officer.Client.GetByteArrayAsync(download)));

        // Another unit's report, not sent, is computed as it stands: the coordinator's view of the commune counts the new clip.
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var communePage = await coordinator.GetPageAsync($"/reports/commune?{ReportData.Query(scenario, "h1")}");
        var commune = ReportData.Row(communePage, "report-tasks", scenario.ClipsTask.Label!);
        Assert.Equal(("1", "2", "100%"), (commune["Kỳ này"], commune["Lũy kế"], commune["Tỷ lệ"]));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_period_not_open_over_long_text_and_a_send_without_results_are_refused_in_Vietnamese_and_change_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);

        // 9 tháng opens on 1 September.
        var notOpen = await officer.GetPageAsync($"/reports/unit?{ReportData.Query(scenario, "q3")}&unit={scenario.ServiceCentre.Id}");
        var early = await officer.SubmitAsync(
            notOpen, "form.card", new() { ["Input.Results"] = "Gửi sớm." }, button: "button[formaction*='handler=Submit']");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains(
            WebSession.Parse(await early.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e == "Kỳ báo cáo 9 tháng năm 2026 mở từ ngày 01/09/2026.");

        var q1 = await officer.GetPageAsync($"/reports/unit?{ReportData.Query(scenario, "q1")}&unit={scenario.ServiceCentre.Id}");
        var tooLong = await officer.SubmitAsync(
            q1,
            "form.card",
            new() { ["Input.Results"] = "Kết quả.", ["Input.Proposals"] = new string('đ', 8001) },
            button: "button[formaction*='handler=Save']");
        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var tooLongPage = WebSession.Parse(await tooLong.Content.ReadAsStringAsync(), "/");
        Assert.Contains(tooLongPage.ValidationErrors(), e => e == "Phần đề xuất, kiến nghị dài quá 8.000 ký tự.");
        Assert.DoesNotContain(tooLongPage.ValidationErrors(), e => e.Contains("field", StringComparison.OrdinalIgnoreCase));

        var noResults = await officer.SubmitAsync(
            q1, "form.card", new() { ["Input.Results"] = " ", ["Input.Causes"] = "Nguyên nhân." }, button: "button[formaction*='handler=Submit']");
        Assert.Contains(
            WebSession.Parse(await noResults.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e == "Hãy viết phần kết quả đạt được trước khi gửi.");

        // A period the calendar does not know, and a unit of the commune the officer does not belong to.
        var noSuchPeriod = $"/reports/unit?{ReportData.Query(scenario, "q5")}&unit={scenario.ServiceCentre.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync(noSuchPeriod)).StatusCode);
        var token = WebSession.AntiforgeryToken(q1);
        var otherUnit = await officer.Client.PostAsync(
            $"/reports/unit?{ReportData.Query(scenario, "q1")}&unit={scenario.Culture.Id}&handler=Submit",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Results", "Báo cáo thay đơn vị khác.")]));
        Assert.True(ReportData.IsRefused(otherUnit), $"answered {(int)otherUnit.StatusCode}");

        await using var db = app.SystemDb();
        Assert.False(await db.UnitReports.AnyAsync(r => r.PlanId == scenario.Plan.Id));
        Assert.False(await db.Notifications.AnyAsync(n => n.UserId == scenario.Coordinator.Id));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "denied" && a.UserId == scenario.Officer.Id && !a.Succeeded));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static FormUrlEncodedContent Form(AngleSharp.Html.Dom.IHtmlDocument page, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", WebSession.AntiforgeryToken(page)), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}
