using System.Globalization;
using System.Net;
using Loa.Domain.Geography;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Surveys;
using Loa.Plans;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>
/// Work counts toward the plan of the year it was done in. The commune has issued its 2026 plan and, early, its 2027
/// plan with the same task numbers; the app's clock stands on 1 July 2026.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PlanYearCreditTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_article_published_in_2026_counts_only_toward_the_2026_plan_and_the_editor_offers_those_tasks_first(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var next = await NextYearPlanAsync(app, a);
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);

        var editor = await staff.GetPageAsync("/articles/edit");
        var groups = editor.QuerySelectorAll("select[name='Input.TaskId'] optgroup").Select(g => g.GetAttribute("label")!).ToList();
        Assert.Equal(2, groups.Count);
        Assert.StartsWith("Kế hoạch năm 2026", groups[0], StringComparison.Ordinal);
        Assert.StartsWith("Kế hoạch năm 2027", groups[1], StringComparison.Ordinal);
        Assert.All(editor.QuerySelectorAll("select[name='Input.TaskId'] optgroup option"), o => Assert.Matches(@"^Năm 202[67] · ", o.TextContent));

        var refused = await staff.SubmitAsync(editor, "form.article-form", new()
        {
            ["Input.Title"] = "Bài đăng năm 2026 gắn nhầm kế hoạch 2027 " + a.Commune.Code,
            ["Input.Body"] = "<p>Người dân nộp hồ sơ trực tuyến.</p>",
            ["Input.TaskId"] = next.Tasks[0].Id.ToString(CultureInfo.InvariantCulture),
        }, button: "button[value=publish]");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "Bài đăng ngày 01/07/2026 được tính cho kế hoạch năm 2026, không tính cho kế hoạch năm 2027",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.Articles.IgnoreQueryFilters().AnyAsync(x => x.CommuneId == a.Commune.Id));
            Assert.False(await db.Activities.IgnoreQueryFilters().AnyAsync(x => x.PlanId == next.Id));
        }

        var accepted = await staff.SubmitAsync(await staff.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = "Bài đăng năm 2026 cho kế hoạch 2026 " + a.Commune.Code,
            ["Input.Body"] = "<p>Người dân nộp hồ sơ trực tuyến.</p>",
            ["Input.TaskId"] = a.ArticlesTask.Id.ToString(CultureInfo.InvariantCulture),
        }, button: "button[value=publish]");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using (var db = app.SystemDb())
        {
            var activity = await db.Activities.IgnoreQueryFilters().SingleAsync(x => x.CommuneId == a.Commune.Id);
            Assert.Equal(a.Plan.Id, activity.PlanId);
            Assert.Equal(new DateOnly(2026, 7, 1), activity.Date);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_activity_is_recorded_only_in_its_plans_year(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var next = await NextYearPlanAsync(app, a);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);

        var early = await coordinator.Client.GetAsync($"/activities/create?taskId={next.Tasks[0].Id}");
        Assert.Equal(HttpStatusCode.Forbidden, early.StatusCode);
        var refusal = WebSession.Parse(await early.Content.ReadAsStringAsync(), "/activities/create");
        Assert.Contains(
            "Kế hoạch năm 2027 chưa bắt đầu: kết quả được ghi nhận từ ngày 01/01/2027", refusal.Text(), StringComparison.Ordinal);
        Assert.Null(refusal.QuerySelector("form[enctype='multipart/form-data']"));

        var form = await coordinator.GetPageAsync($"/activities/create?taskId={a.ArticlesTask.Id}");
        var wrongYear = await coordinator.SubmitAsync(form, "form[enctype='multipart/form-data']", new()
        {
            ["Activity.Date"] = "2025-12-30",
            ["Activity.Title"] = "Đăng tin cuối năm trước",
            ["Activity.Quantity"] = "1",
        });
        Assert.Equal(HttpStatusCode.OK, wrongYear.StatusCode);
        Assert.Contains(
            "Ngày thực hiện phải trong năm 2026", WebUtility.HtmlDecode(await wrongYear.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        Assert.False(await db.Activities.IgnoreQueryFilters().AnyAsync(x => x.CommuneId == a.Commune.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_survey_open_in_2026_is_not_counted_toward_the_2027_plan(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        var next = await NextYearPlanAsync(app, a);
        var survey = await SurveyData.AddAsync(app, a, SurveyStatus.Open, "Khảo sát năm 2026 " + a.Commune.Code);
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);

        var page = await staff.GetPageAsync($"/surveys/details/{survey.Id}");
        Assert.StartsWith("Kế hoạch năm 2026", page.QuerySelector("select[name='taskId'] optgroup")!.GetAttribute("label"), StringComparison.Ordinal);
        var refused = await staff.SubmitAsync(
            page, "form[action*='handler=Link']", new() { ["taskId"] = next.Tasks[0].Id.ToString(CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "được tính cho kế hoạch năm 2026, không tính cho kế hoạch năm 2027",
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()),
            StringComparison.Ordinal);
        await using var db = app.SystemDb();
        Assert.Null((await db.Surveys.IgnoreQueryFilters().SingleAsync(s => s.Id == survey.Id)).TaskId);
        Assert.False(await db.Activities.IgnoreQueryFilters().AnyAsync(x => x.PlanId == next.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task My_tasks_shows_each_plans_tasks_under_its_year_this_years_first(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, withActivity: false);
        await NextYearPlanAsync(app, a);
        using var officer = app.Session();
        await officer.LoginAsync(a.Officer.UserName!);

        var mine = await officer.GetPageAsync("/tasks/mine");
        var years = mine.QuerySelectorAll("#my-tasks section[data-year]").Select(s => s.GetAttribute("data-year")).ToList();
        Assert.Equal(["2026", "2027"], years);
        var rows = mine.QuerySelectorAll("#my-tasks tr[data-task='2']");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Năm 2026", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Năm 2027", rows[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[0].QuerySelector("a[href^='/activities/create']"));
        Assert.Null(rows[1].QuerySelector("a[href^='/activities/create']"));
        Assert.Contains("Ghi nhận từ 01/01/2027", rows[1].TextContent, StringComparison.Ordinal);
    }

    /// <summary>The commune's 2027 plan, issued early, with the 2026 plan's tasks under the same numbers and units.</summary>
    private static async Task<Plan> NextYearPlanAsync(LoaAppFactory app, Scenario a)
    {
        await using var db = app.SystemDb();
        var plan = new Plan
        {
            ProvinceId = a.Commune.ProvinceId,
            CommuneId = a.Commune.Id,
            Year = 2027,
            Status = PlanStatus.Issued,
            IssuerName = a.Commune.GovernmentName,
            IssuerKind = a.Commune.Kind.Word(),
            IssuerLocality = a.Commune.Locality,
            Place = a.Commune.Locality,
            Title = $"Thông tin, tuyên truyền cải cách hành chính {a.Commune.Name} năm 2027",
            Number = "90/KH-UBND",
            IssuedOn = new DateOnly(2026, 6, 20),
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            Tasks = [.. new[] { a.ArticlesTask, a.ClipsTask }.Select(t => new KeyTask
            {
                ProvinceId = t.ProvinceId,
                CommuneId = t.CommuneId,
                Order = t.Order,
                Label = t.Label,
                Name = t.Name + " (2027)",
                Timeframe = "Trong năm 2027",
                QuantityValue = t.QuantityValue,
                QuantityUnit = t.QuantityUnit,
                QuantityText = t.QuantityText,
                Units = [.. t.Units.Select(u => new KeyTaskUnit { Role = u.Role, Name = u.Name, UnitId = u.UnitId, Order = u.Order })],
            })],
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }
}
