using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Loa.Activities.Bulk;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Scenario = Loa.IntegrationTests.Infrastructure.Scenario;

namespace Loa.IntegrationTests.Activities;

/// <summary>
/// Many activities from one Excel sheet: the unit downloads its tasks, uploads a filled sheet, reviews each row (nothing is
/// saved yet), confirms once, and every accepted row is saved in one transaction; the held sheet is its uploader's alone.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class BulkActivityTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_downloaded_sheet_lists_only_the_tasks_of_the_officers_unit(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        await officer.GetPageAsync("/activities/bulk");

        var response = await officer.Client.GetAsync($"/activities/bulk?handler=Template&planId={scenario.Plan.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lists = ListSheet(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(ActivitySheetTemplate.TaskText(scenario.ClipsTask.Label, scenario.ClipsTask.Name), lists);
        Assert.DoesNotContain(ActivitySheetTemplate.TaskText(scenario.ArticlesTask.Label, scenario.ArticlesTask.Name), lists);
        Assert.Contains(scenario.ServiceCentre.Name, lists);
        Assert.DoesNotContain(scenario.Culture.Name, lists);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Good_and_bad_rows_are_reviewed_nothing_is_saved_before_confirming_and_a_second_confirm_saves_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);

        var review = await UploadAsync(officer, scenario, Sheet(scenario));
        var rows = review.QuerySelectorAll("table.batch-review tbody tr").ToList();
        Assert.Equal(6, rows.Count);
        Assert.Equal(3, review.QuerySelectorAll("tr.accepted").Length);
        Assert.Contains("Video clip, phóng sự", Row(review, 2), StringComparison.Ordinal);
        Assert.Contains("20/06/2026", Row(review, 2), StringComparison.Ordinal);
        Assert.Contains("1.250", Row(review, 2), StringComparison.Ordinal);
        Assert.Contains("Không có nhiệm vụ", Row(review, 5), StringComparison.Ordinal);
        Assert.Contains("kế hoạch năm 2025", Row(review, 6), StringComparison.Ordinal);
        Assert.Contains("không phải là số", Row(review, 6), StringComparison.Ordinal);
        Assert.Contains("không chủ trì hay phối hợp", Row(review, 7), StringComparison.Ordinal);
        Assert.Equal(0, await ActivitiesAsync(app, scenario));

        var saved = await officer.SubmitAsync(review, "#batch-summary form", []);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(3, await ActivitiesAsync(app, scenario));
        var after = await officer.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("3 hoạt động đã được lưu", after.QuerySelector("#batch-saved")!.TextContent, StringComparison.Ordinal);

        var again = await officer.SubmitAsync(review, "#batch-summary form", []);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("đã được lưu", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await ActivitiesAsync(app, scenario));

        await using var db = app.SystemDb();
        var stored = await db.Activities.Where(a => a.CommuneId == scenario.Commune.Id).OrderBy(a => a.Date).ToListAsync();
        Assert.All(stored, a => Assert.Equal((scenario.ServiceCentre.Id, scenario.Officer.Id), (a.UnitId, a.RecordedById)));
        var first = stored.Single(a => a.Title == "Clip hướng dẫn nộp hồ sơ trực tuyến");
        Assert.Equal((1250, 2, new DateOnly(2026, 6, 20)), (first.Views, first.Quantity, first.Date));
        Assert.Equal((new DateOnly(2026, 6, 1), "Phát trên Zalo của phường"), (stored[0].Date, stored[0].Description));
        var batch = await db.ActivityBatches.SingleAsync(b => b.CommuneId == scenario.Commune.Id);
        Assert.Equal(3, batch.SavedCount);
        Assert.False(File.Exists(Path.Combine(app.DataPath, "activity-sheets", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture), batch.StoredName)));

        var progress = await officer.GetPageAsync("/tasks/mine");
        Assert.Contains("Hoàn thành", progress.QuerySelector($"tr[data-task='{scenario.ClipsTask.Label}']")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_rows_and_the_confirmation_are_one_transaction(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        await UploadAsync(officer, scenario, Sheet(scenario));
        await using var db = app.SystemDb();
        var batch = await db.ActivityBatches.SingleAsync(b => b.CommuneId == scenario.Commune.Id);
        var draft = new ActivityDraft(2, scenario.ClipsTask.Id, "", scenario.ServiceCentre.Id, "", new DateOnly(2026, 6, 2), Loa.Activities.ChannelKind.Video,
            Loa.Activities.ContentArea.General, "Một dòng", null, 1, null, 10, null);

        // someone confirms the sheet between this load and the save: marking it confirmed fails, and the rows added in the same save go with it
        await using (var other = app.SystemDb())
        {
            await other.ActivityBatches.Where(b => b.Id == batch.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Version, b => b.Version + 1));
        }

        Assert.False(await ActivityBatchSave.SaveAsync(db, batch, scenario.Plan, [draft, draft with { Line = 3 }], scenario.Officer.Id, DateTime.UtcNow));
        Assert.Equal(0, await ActivitiesAsync(app, scenario));

        // confirmed twice at once through the page: one of them saves, the other saves nothing
        var review = await officer.GetPageAsync($"/activities/bulk/review/{batch.Id}");
        var answers = await Task.WhenAll(
            officer.SubmitAsync(review, "#batch-summary form", []),
            officer.SubmitAsync(review, "#batch-summary form", []));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(3, await ActivitiesAsync(app, scenario));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_commune_and_another_user_cannot_use_the_sheet(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var other = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var review = await UploadAsync(officer, scenario, Sheet(scenario));
        var url = review.Body!.GetAttribute("data-test-url")!;

        using var stranger = app.Session();
        await stranger.LoginAsync(other.Officer.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(url)).StatusCode);
        var token = WebSession.AntiforgeryToken(await stranger.GetPageAsync("/activities/bulk"));
        var post = await stranger.Client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.Client.GetAsync(url)).StatusCode);
        token = WebSession.AntiforgeryToken(await coordinator.GetPageAsync("/activities/bulk"));
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.Client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);

        Assert.Equal(0, await ActivitiesAsync(app, scenario));
        Assert.Equal(0, await ActivitiesAsync(app, other));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_file_that_is_not_a_sheet_gets_a_Vietnamese_message_and_holds_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var form = await officer.GetPageAsync("/activities/bulk");

        var csv = await officer.SubmitAsync(form, "form[method=post]", new() { ["PlanId"] = scenario.Plan.Id }, [("Sheet", "hoat-dong.xlsx", "Nhiệm vụ;Ngày\n1;2"u8.ToArray())]);
        var empty = await officer.SubmitAsync(
            form, "form[method=post]", new() { ["PlanId"] = scenario.Plan.Id }, [("Sheet", "trong.xlsx", ActivitySheetTemplate.Create(["1. x"], []))]);

        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains(WebSession.Parse(await csv.Content.ReadAsStringAsync(), "/").ValidationErrors(), e => e.Contains("không phải bảng tính Excel", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains(WebSession.Parse(await empty.Content.ReadAsStringAsync(), "/").ValidationErrors(), e => e.Contains("chưa có dòng", StringComparison.Ordinal));
        await using var db = app.SystemDb();
        Assert.False(await db.ActivityBatches.AnyAsync(b => b.CommuneId == scenario.Commune.Id));
    }

    /// <summary>
    /// Three good rows (lines 2–4) and three bad ones: an unknown task (5), a date of last year and a word for a number (6),
    /// the other unit's task (7).
    /// </summary>
    public static byte[] Sheet(Scenario scenario)
    {
        var clips = ActivitySheetTemplate.TaskText(scenario.ClipsTask.Label, scenario.ClipsTask.Name);
        var articles = ActivitySheetTemplate.TaskText(scenario.ArticlesTask.Label, scenario.ArticlesTask.Name);
        object?[][] rows =
        [
            [clips, "", "20/06/2026", "Video clip, phóng sự", "Clip hướng dẫn nộp hồ sơ trực tuyến", 2, 1250, "", ""],
            [clips, "", 46174, "", "Clip thanh toán trực tuyến", 1, "", "", "Phát trên Zalo của phường"],
            [scenario.ClipsTask.Label, scenario.ServiceCentre.Name, "2026-06-30", "Mạng xã hội", "Phát lại clip trên Facebook", "", "3.000", "", ""],
            ["99. Nhiệm vụ không có", "", "21/06/2026", "", "Việc lạ", "", "", "", ""],
            [clips, "", "15/03/2025", "", "Clip năm trước", "hai", "", "", ""],
            [articles, "", "21/06/2026", "", "Bài của đơn vị khác", "", "", "", ""],
        ];
        return ActivitySheetTemplate.Create([clips], [scenario.ServiceCentre.Name], rows);
    }

    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAsync(WebSession session, Scenario scenario, byte[] sheet)
    {
        var form = await session.GetPageAsync("/activities/bulk");
        var response = await session.SubmitAsync(form, "form[method=post]", new() { ["PlanId"] = scenario.Plan.Id }, [("Sheet", "hoat-dong.xlsx", sheet)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload answered {(int)response.StatusCode}: {await WebSession.Text(response)}");
        return await session.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    private static string Row(AngleSharp.Html.Dom.IHtmlDocument review, int line) =>
        review.QuerySelector($"tr[data-line='{line}']")?.TextContent ?? $"(no row of line {line})";

    private static async Task<int> ActivitiesAsync(LoaAppFactory app, Scenario scenario)
    {
        await using var db = app.SystemDb();
        return await db.Activities.CountAsync(a => a.CommuneId == scenario.Commune.Id);
    }

    private static List<string> ListSheet(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == ActivitySheetTemplate.ListSheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        return part.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText).ToList();
    }
}
