using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Loa.Activities;
using Loa.IntegrationTests.Infrastructure;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Reports;

/// <summary>
/// The commune's report of a period from the units' parts to the province: the coordinator consolidates and
/// submits, the leader returns it, then approves and numbers it (its figures frozen), it is sent, the province
/// officer reads it. Every step is audited and tells the next person.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ReportWorkflowTests(AppFixture fixture)
{
    private const string Submit = "button[formaction*='handler=Submit']";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Consolidated_report_goes_from_coordinator_to_leader_to_province_and_keeps_its_approved_figures(Engine engine)
    {
        var app = fixture.App(engine);
        using var clock = app.Clock.RestoreAfterwards();
        var s = await Scenario.CreateAsync(app);
        var other = await Scenario.CreateAsync(app, sameProvinceAs: s);
        var url = $"/reports/commune?{ReportData.Query(s, "h1")}";

        // The service centre sends its part first.
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        var unitPage = await officer.GetPageAsync($"/reports/unit?{ReportData.Query(s, "h1")}&unit={s.ServiceCentre.Id}");
        var unitPart = new Dictionary<string, object?> { ["Input.Results"] = "Hoàn thành 01 clip.", ["Input.Causes"] = "Thiếu thiết bị." };
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(unitPage, "form.card", unitPart, button: Submit)).StatusCode);

        // The coordinator finds the unit's words in the first draft, saves, then submits.
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var draft = await coordinator.GetPageAsync(url);
        Assert.Contains("Chưa tổng hợp", Badge(draft), StringComparison.Ordinal);
        Assert.Equal($"{s.ServiceCentre.Name}: Hoàn thành 01 clip.", draft.QuerySelector("textarea[name='Input.Results']")!.TextContent.Trim());
        // Every unit the tasks name owes a part; the one still missing is there to be chased, the neighbourhood (no task) is not.
        var parts = draft.QuerySelectorAll("#unit-parts tbody tr").ToDictionary(
            r => int.Parse(r.GetAttribute("data-unit")!, CultureInfo.InvariantCulture),
            r => r.QuerySelector(".badge")!.TextContent.Trim());
        Assert.Equal(new Dictionary<int, string> { [s.ServiceCentre.Id] = "Đã gửi", [s.Culture.Id] = "Chưa lập" }, parts);
        Assert.Contains("1/2 đã gửi", draft.QuerySelector("section.card h2")!.TextContent, StringComparison.Ordinal);
        await StepAsync(
            app,
            coordinator,
            draft,
            "form.card",
            new() { ["Input.Results"] = "Kết quả chung của xã 6 tháng.", ["Input.Proposals"] = "Đề nghị tỉnh tập huấn." },
            "button[formaction*='handler=Save']");
        var saved = await coordinator.GetPageAsync(url);
        Assert.Contains("Đang tổng hợp", Badge(saved), StringComparison.Ordinal);
        await StepAsync(app, coordinator, saved, "form.card", [], Submit);

        int id;
        await using (var db = app.SystemDb())
        {
            var report = await db.CommuneReports.SingleAsync(r => r.PlanId == s.Plan.Id);
            id = report.Id;
            Assert.Equal(
                (CommuneReportStatus.Submitted, ReportPeriodKind.HalfYear, "Đề nghị tỉnh tập huấn."),
                (report.Status, report.Period, report.Proposals));
            Assert.Null(report.Snapshot);
            Assert.Equal(["Chờ duyệt: báo cáo 6 tháng đầu năm 2026"], await TitlesAsync(app, s.Leader.Id));
        }

        // The leader returns it; the coordinator sees why and submits again.
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        var review = await leader.GetPageAsync(url);
        Assert.Empty(review.QuerySelectorAll(Submit));
        await StepAsync(app, leader, review, "form[action*='handler=Return']", new() { ["Input.ReturnComment"] = "Bổ sung kết quả nhiệm vụ 1." });
        var returned = await coordinator.GetPageAsync(url);
        Assert.Contains("Lãnh đạo đã trả lại: Bổ sung kết quả nhiệm vụ 1.", returned.Text(), StringComparison.Ordinal);
        Assert.Contains("Lãnh đạo trả lại báo cáo 6 tháng đầu năm 2026", await TitlesAsync(app, s.Coordinator.Id));
        await StepAsync(
            app,
            coordinator,
            returned,
            "form.card",
            new() { ["Input.Results"] = "Kết quả chung của xã 6 tháng, đã bổ sung nhiệm vụ 1." },
            Submit);

        // A number that is not one is refused and nothing moves; then the leader approves as 12, signed on 25/06/2026.
        review = await leader.GetPageAsync(url);
        var bad = await leader.SubmitAsync(
            review, "form[action*='handler=Approve']", new() { ["Approval.Number"] = "mười hai", ["Approval.Date"] = "2026-06-25" });
        Assert.Contains(
            WebSession.Parse(await bad.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e.StartsWith("Số báo cáo không hợp lệ.", StringComparison.Ordinal));
        await using (var db = app.SystemDb())
        {
            Assert.Equal(CommuneReportStatus.Submitted, (await db.CommuneReports.SingleAsync(r => r.Id == id)).Status);
        }

        await StepAsync(app, leader, review, "form[action*='handler=Approve']", new() { ["Approval.Number"] = "12", ["Approval.Date"] = "2026-06-25" });
        string snapshot;
        await using (var db = app.SystemDb())
        {
            var report = await db.CommuneReports.SingleAsync(r => r.Id == id);
            Assert.Equal(
                (CommuneReportStatus.Approved, "12/BC-UBND", new DateOnly(2026, 6, 25), s.Leader.Id),
                (report.Status, report.Number, report.IssuedOn, report.ApprovedById));
            snapshot = report.Snapshot!;
            Assert.NotNull(snapshot);
            Assert.Contains("Đã duyệt báo cáo 6 tháng đầu năm 2026", await TitlesAsync(app, s.Coordinator.Id));
        }

        // Approved figures are frozen: a clip recorded afterwards for the period changes neither the page nor the file.
        var approved = await coordinator.GetPageAsync(url);
        var docxBefore = ReportData.DocxParagraphs(await coordinator.Client.GetByteArrayAsync($"/reports/download?{ReportData.Query(s, "h1")}"));
        Assert.Equal(("0", "1"), Cells(approved, s.ClipsTask.Label!));
        await ReportData.AddActivityAsync(app, s, s.ClipsTask, s.ServiceCentre, new DateOnly(2026, 5, 5), 1, ChannelKind.Video, views: 300);
        Assert.Equal(("0", "1"), Cells(await coordinator.GetPageAsync(url), s.ClipsTask.Label!));
        Assert.Equal(docxBefore, ReportData.DocxParagraphs(await coordinator.Client.GetByteArrayAsync($"/reports/download?{ReportData.Query(s, "h1")}")));

        // Sent to the province.
        await StepAsync(app, coordinator, approved, "form[action*='handler=Send']", []);
        await using (var db = app.SystemDb())
        {
            var report = await db.CommuneReports.SingleAsync(r => r.Id == id);
            Assert.Equal(CommuneReportStatus.Sent, report.Status);
            Assert.NotNull(report.SentAt);
            Assert.Equal(snapshot, report.Snapshot);
            var entity = id.ToString(CultureInfo.InvariantCulture);
            // The decisions, who took them, in order; the saves of the text in between are audited as "update".
            string[] changes = ["create", "update"];
            var audit = await db.AuditEntries.Where(a => a.EntityType == "CommuneReport" && a.EntityId == entity && a.Succeeded && !changes.Contains(a.Action))
                .OrderBy(a => a.Id).Select(a => new { a.Action, a.UserId }).ToListAsync();
            Assert.Equal(
                [("submit", s.Coordinator.Id), ("return", s.Leader.Id), ("submit", s.Coordinator.Id), ("approve", s.Leader.Id), ("send", s.Coordinator.Id)],
                audit.Select(a => (a.Action, a.UserId!)));
        }

        // Who was told what: the leader each submission, the coordinator the return and the approval, the province officers the sending.
        var sentTitle = $"{s.Plan.IssuerName} đã gửi báo cáo 6 tháng đầu năm 2026";
        Assert.Equal(
            ["Chờ duyệt: báo cáo 6 tháng đầu năm 2026", "Chờ duyệt: báo cáo 6 tháng đầu năm 2026"],
            await TitlesAsync(app, s.Leader.Id));
        Assert.Equal(
            new[]
            {
                "Đã duyệt báo cáo 6 tháng đầu năm 2026",
                "Lãnh đạo trả lại báo cáo 6 tháng đầu năm 2026",
                $"{s.ServiceCentre.Name} đã gửi báo cáo 6 tháng đầu năm 2026",
            }.Order(StringComparer.Ordinal),
            await TitlesAsync(app, s.Coordinator.Id));
        Assert.Equal([sentTitle], await TitlesAsync(app, s.ProvinceOfficer.Id));
        Assert.Equal([sentTitle], await TitlesAsync(app, other.ProvinceOfficer.Id));
        Assert.Empty(await TitlesAsync(app, s.Officer.Id));
        Assert.Empty(await TitlesAsync(app, other.Coordinator.Id));
        Assert.Empty(await TitlesAsync(app, other.Leader.Id));

        // The province officer reads it, frozen, and cannot change it.
        using var province = app.Session();
        await province.LoginAsync(s.ProvinceOfficer.UserName!);
        var read = await province.GetPageAsync(url);
        Assert.Contains("Đã gửi tỉnh", Badge(read), StringComparison.Ordinal);
        Assert.Contains("Số 12/BC-UBND", read.Text(), StringComparison.Ordinal);
        Assert.Equal(("0", "1"), Cells(read, s.ClipsTask.Label!));
        Assert.Empty(read.QuerySelectorAll("main button[type=submit]"));
        Assert.NotNull(read.QuerySelector("textarea[name='Input.Results'][readonly]"));
        // Its way back leads to pages the province officer may open (the commune's list of reports is for commune staff).
        foreach (var back in read.QuerySelectorAll(".breadcrumb a").Select(a => a.GetAttribute("href")!))
        {
            Assert.Equal(HttpStatusCode.OK, (await province.Client.GetAsync(back)).StatusCode);
        }

        Assert.Contains($"/dashboard?commune={s.Commune.Id}", read.QuerySelectorAll(".breadcrumb a").Select(a => a.GetAttribute("href")));
        var token = WebSession.AntiforgeryToken(read);
        foreach (var handler in new[] { "Save", "Submit", "Return", "Approve", "Send" })
        {
            var post = await province.Client.PostAsync($"{url}&handler={handler}", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token),
                new("Input.Version", "99"),
                new("Input.Results", "Tỉnh sửa"),
                new("Input.ReturnComment", "Tỉnh trả lại"),
            ]));
            Assert.True(ReportData.IsRefused(post), $"answered {(int)post.StatusCode}");
        }

        Assert.Equal(docxBefore, ReportData.DocxParagraphs(await province.Client.GetByteArrayAsync($"/reports/download?{ReportData.Query(s, "h1")}")));
        await using (var db = app.SystemDb())
        {
            var report = await db.CommuneReports.SingleAsync(r => r.Id == id);
            Assert.Equal((CommuneReportStatus.Sent, "Kết quả chung của xã 6 tháng, đã bổ sung nhiệm vụ 1."), (report.Status, report.Results));
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_role_may_take_only_its_own_steps(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var url = $"/reports/commune?{ReportData.Query(s, "q1")}";

        // A unit officer reads the commune's report but neither consolidates nor submits it.
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        var page = await officer.GetPageAsync(url);
        Assert.Empty(page.QuerySelectorAll("main button[type=submit]"));
        var token = WebSession.AntiforgeryToken(page);
        foreach (var handler in new[] { "Save", "Submit", "Approve", "Send" })
        {
            var post = await officer.Client.PostAsync($"{url}&handler={handler}", new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token),
                new("Input.Results", "Đơn vị tự trình"),
                new("Approval.Number", "1"),
                new("Approval.Date", "2026-07-01"),
            ]));
            Assert.True(ReportData.IsRefused(post), $"answered {(int)post.StatusCode}");
        }

        // The leader cannot approve what was never submitted; the coordinator cannot approve at all.
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        var leaderToken = WebSession.AntiforgeryToken(await leader.GetPageAsync(url));
        var early = await leader.Client.PostAsync($"{url}&handler=Approve", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", leaderToken),
            new("Approval.Number", "3"),
            new("Approval.Date", "2026-07-01"),
        ]));
        Assert.True(ReportData.IsRefused(early), $"answered {(int)early.StatusCode}");
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var draft = await coordinator.GetPageAsync(url);
        var noResults = await coordinator.SubmitAsync(draft, "form.card", new() { ["Input.Results"] = "" }, button: Submit);
        Assert.Contains(
            WebSession.Parse(await noResults.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e == "Hãy viết phần kết quả đạt được trước khi trình lãnh đạo.");
        var tooLong = await coordinator.SubmitAsync(
            draft, "form.card", new() { ["Input.Results"] = "Kết quả.", ["Input.Causes"] = new string('a', 8001) }, button: Submit);
        Assert.Contains(
            WebSession.Parse(await tooLong.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e == "Phần nguyên nhân dài quá 8.000 ký tự.");
        var coordinatorToken = WebSession.AntiforgeryToken(draft);
        var approve = await coordinator.Client.PostAsync($"{url}&handler=Approve", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", coordinatorToken),
            new("Approval.Number", "3"),
            new("Approval.Date", "2026-07-01"),
        ]));
        Assert.True(ReportData.IsRefused(approve), $"answered {(int)approve.StatusCode}");

        // 9 tháng is not open yet.
        var q3 = await coordinator.GetPageAsync($"/reports/commune?{ReportData.Query(s, "q3")}");
        var notOpen = await coordinator.SubmitAsync(q3, "form.card", new() { ["Input.Results"] = "Sớm." }, button: Submit);
        Assert.Contains(
            WebSession.Parse(await notOpen.Content.ReadAsStringAsync(), "/").ValidationErrors(),
            e => e == "Kỳ báo cáo 9 tháng năm 2026 mở từ ngày 01/09/2026.");

        await using var db = app.SystemDb();
        Assert.False(await db.CommuneReports.AnyAsync(r => r.PlanId == s.Plan.Id));
        Assert.False(await db.Notifications.AnyAsync(n => n.UserId == s.Leader.Id));
    }

    /// <summary>Takes one step a minute after the previous one (as people do), and expects the redirect back to the report.</summary>
    private static async Task StepAsync(
        LoaAppFactory app, WebSession session, IHtmlDocument page, string form, Dictionary<string, object?> values, string? button = null)
    {
        app.Clock.Now = app.Clock.Now.AddMinutes(1);
        var response = await session.SubmitAsync(page, form, values, button: button);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{form} {button} answered {(int)response.StatusCode}: {await WebSession.Text(response)}");
        Assert.StartsWith("/reports/commune?", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Badge(IHtmlDocument page) => page.QuerySelector(".page-head .badge")!.TextContent;

    private static (string ThisPeriod, string ToDate) Cells(IHtmlDocument page, string task)
    {
        var row = ReportData.Row(page, "report-tasks", task);
        return (row["Kỳ này"], row["Lũy kế"]);
    }

    private static async Task<List<string>> TitlesAsync(LoaAppFactory app, string userId)
    {
        await using var db = app.SystemDb();
        return (await db.Notifications.Where(n => n.UserId == userId).Select(n => n.Title).ToListAsync()).Order(StringComparer.Ordinal).ToList();
    }
}
