using Loa.Activities;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Reports;

/// <summary>
/// The commune's consolidated figures against totals worked out by hand. The scenario's plan has two tasks:
/// task 1 "04 tin, bài" (lead: Phòng Văn hóa – Xã hội) and task 2 "02 clip" (lead: the service centre), and one
/// clip of 10 March 2026 (1 200 views). Under the Ministry's rules data runs from 15/12/2025; quý I is cut off
/// on 14/03/2026, 6 tháng on 14/06/2026, and "kỳ này" of 6 tháng starts on 15/03/2026.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ConsolidatedFiguresTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Figures_of_quy_I_and_6_thang_equal_the_totals_worked_out_by_hand(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var articles = s.ArticlesTask;
        var clips = s.ClipsTask;

        // Task 1, by the culture office:
        // before the data starts: never counted
        await ReportData.AddActivityAsync(app, s, articles, s.Culture, new(2025, 12, 14), 1, ChannelKind.Article, ContentArea.Procedures, views: 100);
        // first day: quý I
        await ReportData.AddActivityAsync(app, s, articles, s.Culture, new(2025, 12, 15), 1, ChannelKind.Article, ContentArea.Procedures, views: 300);
        // quý I cut-off day: quý I
        await ReportData.AddActivityAsync(app, s, articles, s.Culture, new(2026, 3, 14), 2, ChannelKind.SocialMedia, ContentArea.DigitalGovernment, views: 500);
        // day after: 6 tháng only
        var a4 = await ReportData.AddActivityAsync(
            app,
            s,
            articles,
            s.Culture,
            new(2026, 3, 15),
            1,
            ChannelKind.Article,
            ContentArea.Procedures,
            views: 250,
            title: $"Bài ngày 15/3 ({s.Commune.Code})");
        // 6 tháng cut-off day
        var a5 = await ReportData.AddActivityAsync(
            app,
            s,
            articles,
            s.Culture,
            new(2026, 6, 14),
            1,
            ChannelKind.Article,
            ContentArea.General,
            views: 50,
            title: $"Bài ngày 14/6 ({s.Commune.Code})");
        // after the cut-off: not yet
        await ReportData.AddActivityAsync(app, s, articles, s.Culture, new(2026, 6, 15), 3, ChannelKind.Article, ContentArea.General, views: 999);
        // Task 2, by the service centre (besides the scenario's clip of 10 March, 1 200 views, content "general"):
        // 6 tháng
        await ReportData.AddActivityAsync(
            app, s, clips, s.ServiceCentre, new(2026, 5, 20), 1, ChannelKind.Conference, ContentArea.Procedures, participants: 80);
        // after the cut-off
        await ReportData.AddActivityAsync(app, s, clips, s.ServiceCentre, new(2026, 6, 30), 1, ChannelKind.Video, views: 700);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);

        // Quý I: 15/12/2025 – 14/03/2026, and "kỳ này" is the same span.
        // Task 1: 1 (15/12) + 2 (14/3) = 3 of 4 → 75%. Task 2: the clip of 10/3 → 1 of 2 → 50%.
        var q1 = await coordinator.GetPageAsync($"/reports/commune?{ReportData.Query(s, "q1")}");
        Assert.Equal([articles.Label!, clips.Label!], ReportData.FirstCells(q1, "report-tasks"));
        AssertTask(q1, articles.Label!, "04 tin, bài", thisPeriod: "3", toDate: "3", percent: "75%");
        AssertTask(q1, clips.Label!, "02 clip", thisPeriod: "1", toDate: "1", percent: "50%");
        // By channel: articles 1 (300 views); social media 1, quantity 2 (500); video 1 (1 200). Total 3 activities, quantity 4, 2 000 views.
        Assert.Equal(["Tin, bài viết", "Video clip, phóng sự", "Mạng xã hội", "Tổng cộng"], ReportData.FirstCells(q1, "report-channels"));
        AssertChannel(q1, "Tin, bài viết", activities: "1", quantity: "1", participants: "0", views: "300");
        AssertChannel(q1, "Mạng xã hội", activities: "1", quantity: "2", participants: "0", views: "500");
        AssertChannel(q1, "Video clip, phóng sự", activities: "1", quantity: "1", participants: "0", views: "1.200");
        AssertTotal(q1, activities: "3", quantity: "4", participants: "0", views: "2.000");

        // 6 tháng: 15/12/2025 – 14/06/2026; kỳ này 15/03 – 14/06.
        // Task 1: to date 1 + 2 + 1 + 1 = 5 of 4 → 125%; this period 1 (15/3) + 1 (14/6) = 2.
        // Task 2: to date 1 (10/3) + 1 (20/5) = 2 of 2 → 100%; this period 1.
        var h1 = await coordinator.GetPageAsync($"/reports/commune?{ReportData.Query(s, "h1")}");
        AssertTask(h1, articles.Label!, "04 tin, bài", thisPeriod: "2", toDate: "5", percent: "125%");
        AssertTask(h1, clips.Label!, "02 clip", thisPeriod: "1", toDate: "2", percent: "100%");
        // By channel, kỳ này (15/03 – 14/06): articles 15/3 and 14/6 → 2 activities, quantity 2, 250 + 50 = 300 views;
        // conference 20/5, 80 participants. Total 3 activities, quantity 3, 80 participants, 300 views.
        // The year to date (from 15/12/2025): 6 activities, quantity 1 + 2 + 1 + 1 + 1 + 1 = 7, 80 participants, 300 + 500 + 250 + 50 + 1 200 = 2 300 views.
        Assert.Equal(
            ["Tin, bài viết", "Hội nghị, tập huấn, tọa đàm", "Tổng cộng", "Lũy kế từ đầu năm"],
            ReportData.FirstCells(h1, "report-channels"));
        AssertChannel(h1, "Tin, bài viết", activities: "2", quantity: "2", participants: "0", views: "300");
        AssertChannel(h1, "Hội nghị, tập huấn, tọa đàm", activities: "1", quantity: "1", participants: "80", views: "0");
        AssertTotal(h1, activities: "3", quantity: "3", participants: "80", views: "300");
        AssertTotal(h1, activities: "6", quantity: "7", participants: "80", views: "2.300", row: "Lũy kế từ đầu năm");
        // By content area, kỳ này: procedures 15/3 and 20/5 → 2 activities, 80 participants, 250 views; general 14/6 → 1, 50 views.
        Assert.Equal(["Cải cách thủ tục hành chính", "CCHC chung, nội dung khác", "Tổng cộng"], ReportData.FirstCells(h1, "report-areas"));
        AssertArea(h1, "Cải cách thủ tục hành chính", activities: "2", participants: "80", views: "250");
        AssertArea(h1, "CCHC chung, nội dung khác", activities: "1", participants: "0", views: "50");
        AssertArea(h1, "Tổng cộng", activities: "3", participants: "80", views: "300");

        // Each figure opens the activities it counts: the articles of 6 tháng's period are those of 15/3 and 14/6.
        var counted = await coordinator.GetPageAsync($"/reports/activities?{ReportData.Query(s, "h1")}&channel={Uri.EscapeDataString("Tin, bài viết")}");
        var rows = counted.QuerySelectorAll("#counted tbody tr").Select(r => r.QuerySelector("td[data-label='Ngày']")!.TextContent.Trim()).ToList();
        Assert.Equal(["15/03/2026", "14/06/2026"], rows);
        Assert.Contains($"/activities/details/{a4}", counted.QuerySelectorAll("#counted a").Select(a => a.GetAttribute("href")));
        Assert.Contains($"/activities/details/{a5}", counted.QuerySelectorAll("#counted a").Select(a => a.GetAttribute("href")));
        var task1 = await coordinator.GetPageAsync($"/reports/activities?{ReportData.Query(s, "h1")}&task={articles.Id}");
        Assert.Contains("4 hoạt động, số lượng 5", task1.Text(), StringComparison.Ordinal);

        // The culture office's report: task 1, which it leads, whole; its part in task 2 (partner, did none of it) apart;
        // its totals count its own activities: kỳ này 15/3 and 14/6, the year to date 15/12, 14/3, 15/3, 14/6.
        var culture = await coordinator.GetPageAsync($"/reports/unit?{ReportData.Query(s, "h1")}&unit={s.Culture.Id}");
        Assert.Equal([articles.Label!], ReportData.FirstCells(culture, "report-tasks"));
        AssertTask(culture, articles.Label!, "04 tin, bài", thisPeriod: "2", toDate: "5", percent: "125%");
        var part = ReportData.Row(culture, "report-contributions", clips.Label!);
        Assert.Equal(("0", "0", "0"), (part["Kỳ này"], part["Lũy kế"], part["Hoạt động"]));
        AssertTotal(culture, activities: "2", quantity: "2", participants: "0", views: "300");
        AssertTotal(culture, activities: "4", quantity: "5", participants: "0", views: "1.100", row: "Lũy kế từ đầu năm");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_figure_opens_the_activities_that_add_up_to_it_even_once_a_unit_report_is_frozen(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        // 6 tháng: data from 15/12/2025, "kỳ này" from 15/03/2026, cut-off 14/06/2026; two units, several channels and areas.
        await ReportData.AddActivityAsync(
            app, s, s.ArticlesTask, s.Culture, new(2026, 1, 10), 2, ChannelKind.Article, ContentArea.Procedures, views: 300, copies: 50);
        await ReportData.AddActivityAsync(
            app, s, s.ArticlesTask, s.Culture, new(2026, 4, 2), 1, ChannelKind.SocialMedia, ContentArea.DigitalGovernment, views: 1500);
        await ReportData.AddActivityAsync(
            app, s, s.ClipsTask, s.ServiceCentre, new(2026, 5, 20), 1, ChannelKind.Conference, ContentArea.Procedures, participants: 80, copies: 120);
        await ReportData.AddActivityAsync(app, s, s.ClipsTask, s.ServiceCentre, new(2026, 6, 1), 1, ChannelKind.Video, ContentArea.General, views: 2400);

        // The service centre sends its part: its figures are frozen from then on.
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        var unitUrl = $"/reports/unit?{ReportData.Query(s, "h1")}&unit={s.ServiceCentre.Id}";
        var unitPage = await officer.GetPageAsync(unitUrl);
        var sent = await officer.SubmitAsync(unitPage, "form.card", new() { ["Input.Results"] = "Đã làm." }, button: "button[formaction*='handler=Submit']");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, sent.StatusCode);
        // ... and an activity recorded afterwards counts in the commune's live figures but not in the frozen part.
        await ReportData.AddActivityAsync(app, s, s.ClipsTask, s.ServiceCentre, new(2026, 6, 10), 1, ChannelKind.Video, ContentArea.General, views: 999);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var commune = await FiguresAddUpAsync(coordinator, $"/reports/commune?{ReportData.Query(s, "h1")}");
        var unit = await FiguresAddUpAsync(coordinator, unitUrl);
        // "Tổng cộng" counts the period (from 15/03): the commune's 2/4, 20/5, 1/6 and 10/6; the frozen part 20/5 and 1/6.
        Assert.Equal(("4", "2"), (commune["all=true"], unit["all=true"]));
    }

    /// <summary>
    /// Checks that every number of the page's figure tables is a link, and that the list each link opens adds up to
    /// the number (its count, quantity, participants, views or copies); returns the count of the "all activities" list.
    /// </summary>
    private static async Task<Dictionary<string, string>> FiguresAddUpAsync(WebSession session, string url)
    {
        var page = await session.GetPageAsync(url);
        var numbers = page.QuerySelectorAll("#report-tasks tbody .num, #report-channels tbody .num, #report-areas tbody .num")
            .Where(c => c.GetAttribute("data-label") is not ("Chỉ tiêu" or "Tỷ lệ")).ToList();
        Assert.True(numbers.Count >= 20, $"{url}: only {numbers.Count} figures");
        Assert.All(numbers, c => Assert.NotNull(c.QuerySelector("a[data-measure]")));

        var lists = new Dictionary<string, AngleSharp.Html.Dom.IHtmlDocument>();
        foreach (var link in page.QuerySelectorAll("a[data-measure]"))
        {
            var href = link.GetAttribute("href")!;
            if (!lists.TryGetValue(href, out var list))
            {
                lists[href] = list = await session.GetPageAsync(href);
            }

            var measure = link.GetAttribute("data-measure");
            var total = list.QuerySelector($"#counted [data-total='{measure}']")!.TextContent.Trim();
            Assert.True(link.TextContent.Trim() == total, $"{url}: the figure {link.TextContent.Trim()} ({measure}) opens {href}, which adds up to {total}");
        }

        return lists.Where(l => l.Key.EndsWith("&all=true", StringComparison.Ordinal))
            .ToDictionary(_ => "all=true", l => l.Value.QuerySelector("#counted [data-total='activities']")!.TextContent.Trim());
    }

    private static void AssertTask(AngleSharp.Dom.IDocument page, string label, string target, string thisPeriod, string toDate, string percent)
    {
        var row = ReportData.Row(page, "report-tasks", label);
        Assert.Equal((target, thisPeriod, toDate, percent), (row["Chỉ tiêu"], row["Kỳ này"], row["Lũy kế"], row["Tỷ lệ"]));
    }

    private static void AssertChannel(AngleSharp.Dom.IDocument page, string channel, string activities, string quantity, string participants, string views)
    {
        var row = ReportData.Row(page, "report-channels", channel);
        Assert.Equal(
            (activities, quantity, participants, views, "0"),
            (row["Hoạt động"], row["Số lượng"], row["Người tham dự"], row["Lượt xem, nghe"], row["Số bản"]));
    }

    private static void AssertTotal(
        AngleSharp.Dom.IDocument page, string activities, string quantity, string participants, string views, string row = "Tổng cộng")
    {
        var cells = ReportData.Row(page, "report-channels", row);
        Assert.Equal(
            (activities, quantity, participants, views, "0"),
            (cells["Hoạt động"], cells["Số lượng"], cells["Người tham dự"], cells["Lượt xem, nghe"], cells["Số bản"]));
    }

    private static void AssertArea(AngleSharp.Dom.IDocument page, string area, string activities, string participants, string views)
    {
        var row = ReportData.Row(page, "report-areas", area);
        Assert.Equal((activities, participants, views), (row["Hoạt động"], row["Người tham dự"], row["Lượt xem, nghe"]));
    }
}
