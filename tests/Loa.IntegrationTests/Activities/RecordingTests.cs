using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Activities;

/// <summary>A unit records what it did, with evidence; progress moves; bad files and bad input change nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class RecordingTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Unit_officer_records_an_activity_with_a_photo_and_progress_moves(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var before = await officer.GetPageAsync("/tasks/mine");
        Assert.Contains("Đạt 1/2", RowText(before, scenario.ClipsTask.Label!), StringComparison.Ordinal);

        var form = await officer.GetPageAsync($"/activities/create?taskId={scenario.ClipsTask.Id}");
        var response = await officer.SubmitAsync(
            form,
            "form",
            new()
            {
                ["Activity.Title"] = "Clip hướng dẫn thanh toán trực tuyến",
                ["Activity.Date"] = "2026-06-20",
                ["Activity.Quantity"] = "1",
                ["Activity.Views"] = "850",
                ["Activity.Links"] = "https://example.gov.vn/clip-1",
            },
            [("Files", "../../anh hoat dong.png", TestFiles.Png)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await officer.GetPageAsync("/tasks/mine");
        Assert.Contains("Đạt 2/2", RowText(after, scenario.ClipsTask.Label!), StringComparison.Ordinal);
        Assert.Contains("Hoàn thành", RowText(after, scenario.ClipsTask.Label!), StringComparison.Ordinal);

        var activityPage = await officer.GetPageAsync(response.Headers.Location!.OriginalString);
        var link = activityPage.QuerySelectorAll("a").Single(a => a.TextContent == "anh hoat dong.png");
        var download = await officer.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        // the photo is stored as Loa re-encoded it (without metadata): the same picture, not the same bytes
        using (var served = SkiaSharp.SKBitmap.Decode(await download.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((2, 2), (served.Width, served.Height));
        }

        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", download.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        await using var db = app.SystemDb();
        var stored = await db.EvidenceFiles.Where(f => f.CommuneId == scenario.Commune.Id && f.FileName == "anh hoat dong.png").SingleAsync();
        Assert.DoesNotContain("..", stored.StoredName, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture), stored.StoredName)));
        Assert.False(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory), "*anh hoat dong*", SearchOption.AllDirectories).Any());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_text_file_named_like_a_photo_is_refused_and_nothing_is_saved(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var form = await officer.GetPageAsync($"/activities/create?taskId={scenario.ClipsTask.Id}");
        var response = await officer.SubmitAsync(
            form,
            "form",
            new() { ["Activity.Title"] = "Hoạt động có tệp giả", ["Activity.Date"] = "2026-06-20" },
            [("Files", "anh.jpg", "<script>alert(1)</script>"u8.ToArray())]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/");
        Assert.Contains(page.ValidationErrors(), e => e.Contains("không phải loại được nhận", StringComparison.Ordinal));
        await AssertNothingRecordedAsync(app, scenario);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_file_over_the_limit_answers_413_and_nothing_is_saved(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var form = await officer.GetPageAsync($"/activities/create?taskId={scenario.ClipsTask.Id}");
        var big = new byte[(10 * 1024 * 1024) + 1];
        TestFiles.Png.CopyTo(big, 0);
        var response = await officer.SubmitAsync(
            form, "form", new() { ["Activity.Title"] = "Ảnh quá lớn", ["Activity.Date"] = "2026-06-20" }, [("Files", "lon.png", big)]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingRecordedAsync(app, scenario);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Bad_input_gets_Vietnamese_messages_and_changes_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var form = await officer.GetPageAsync($"/activities/create?taskId={scenario.ClipsTask.Id}");
        var response = await officer.SubmitAsync(form, "form", new()
        {
            ["Activity.Title"] = "",
            ["Activity.Date"] = "2026-12-31",
            ["Activity.Quantity"] = "-3",
            ["Activity.Links"] = "javascript:alert(1)",
        });

        var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
        Assert.Contains(errors, e => e.Contains("Hãy ghi tên hoạt động", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("tương lai", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Số lượng phải", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("không hợp lệ", StringComparison.Ordinal));
        await AssertNothingRecordedAsync(app, scenario);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_unit_cannot_record_for_a_task_it_has_no_part_in(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var response = await officer.Client.GetAsync($"/activities/create?taskId={scenario.ArticlesTask.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("không chủ trì hay phối hợp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Nothing_is_recorded_on_a_plan_that_is_not_issued(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, PlanStatus.Approved);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var response = await officer.Client.GetAsync($"/activities/create?taskId={scenario.ClipsTask.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("chưa ban hành", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Changes_to_activities_are_audited_and_the_audit_log_cannot_be_rewritten(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var edit = await officer.GetPageAsync($"/activities/edit/{scenario.Activity!.Id}");
        var edited = await officer.SubmitAsync(edit, "form:not([action*='handler'])", new() { ["Activity.Views"] = "2000" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        edit = await officer.GetPageAsync($"/activities/edit/{scenario.Activity.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitAsync(edit, "form[action*='handler=Delete']", [])).StatusCode);

        await using var db = app.SystemDb();
        var id = scenario.Activity.Id.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.Where(a => a.EntityType == "Activity" && a.EntityId == id).ToListAsync();
        Assert.Contains(entries, e =>
            e.Action == "update"
            && e.UserId == scenario.Officer.Id
            && e.CommuneId == scenario.Commune.Id
            && (e.Detail ?? "").Contains("Views", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == "delete");
        Assert.False(File.Exists(Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture), scenario.File!.StoredName)));

        var entry = entries.First();
        entry.Detail = "sửa nhật ký";
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        db.ChangeTracker.Clear();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'x'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
    }

    private static string RowText(AngleSharp.Html.Dom.IHtmlDocument page, string label) =>
        page.QuerySelector($"#my-tasks tr[data-task='{label}']")!.TextContent;

    private static async Task AssertNothingRecordedAsync(LoaAppFactory app, Scenario scenario)
    {
        await using var db = app.SystemDb();
        Assert.Equal(0, await db.Activities.CountAsync(a => a.CommuneId == scenario.Commune.Id));
        Assert.Equal(0, await db.EvidenceFiles.CountAsync(f => f.CommuneId == scenario.Commune.Id));
        var folder = Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture));
        Assert.True(!Directory.Exists(folder) || !Directory.EnumerateFiles(folder).Any());
    }
}
