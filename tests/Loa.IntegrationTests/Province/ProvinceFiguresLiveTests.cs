using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Loa.Feedbacks;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Province;

/// <summary>
/// The province dashboard reads the read model (decision 38), kept current by the saves: what a commune does shows on the
/// province's page at the next request, not the next day.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ProvinceFiguresLiveTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Recording_an_activity_shows_on_the_province_dashboard_at_once(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        using var province = app.Session();
        await province.LoginAsync(s.ProvinceOfficer.UserName!);
        var before = await RowAsync(province, s);
        Assert.Equal(("1", "0/2"), (before["Hoạt động"], Tail(before["Hoàn thành"])));

        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        var form = await officer.GetPageAsync($"/activities/create?taskId={s.ClipsTask.Id}");
        var response = await officer.SubmitAsync(form, "form", new()
        {
            ["Activity.Title"] = "Clip hướng dẫn nộp hồ sơ trực tuyến",
            ["Activity.Date"] = "2026-06-20",
            ["Activity.Quantity"] = "1",
            ["Activity.Views"] = "850",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await RowAsync(province, s);
        Assert.Equal(("2", "1/2"), (after["Hoạt động"], Tail(after["Hoàn thành"])));
        Assert.Equal(Number(before["Lượt tiếp cận"]) + 850, Number(after["Lượt tiếp cận"]));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Sending_a_report_shows_on_the_province_dashboard_at_once(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        await using (var db = app.SystemDb())
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == s.Plan.Id);
            plan.ReportingPeriods = ReportingPeriods.HalfYear;
            var now = LoaAppFactory.Now.UtcDateTime;
            db.CommuneReports.Add(new CommuneReport
            {
                ProvinceId = s.Commune.ProvinceId,
                CommuneId = s.Commune.Id,
                PlanId = s.Plan.Id,
                Year = 2026,
                Period = ReportPeriodKind.HalfYear,
                Status = CommuneReportStatus.Approved,
                Number = "12",
                IssuedOn = new DateOnly(2026, 6, 30),
                Recipient = "Sở Nội vụ",
                Results = "Hoàn thành các nhiệm vụ 6 tháng.",
                SubmittedAt = now,
                ApprovedAt = now,
                ApprovedById = s.Leader.Id,
                CreatedAt = now,
                UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }

        using var province = app.Session();
        await province.LoginAsync(s.ProvinceOfficer.UserName!);
        string[] sentStates = ["Đúng hạn", "Muộn"]; // on time or late depends on the app clock against the province's calendar
        Assert.DoesNotContain((await RowAsync(province, s))["6 tháng"], sentStates);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync($"/reports/commune?plan={s.Plan.Id}&period=h1");
        var sent = await coordinator.SubmitAsync(page, "form[action*='handler=Send']", []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        Assert.Contains((await RowAsync(province, s))["6 tháng"], sentStates);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Approving_an_answer_to_feedback_shows_on_the_province_dashboard_at_once(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var (feedback, _) = await FeedbackData.AddAsync(app, s, FeedbackStatus.Answered);
        using var province = app.Session();
        await province.LoginAsync(s.ProvinceOfficer.UserName!);
        var before = Answered(await province.GetPageAsync("/province"));

        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        var details = $"/feedback/details/{feedback.Id}";
        var response = await leader.SubmitAsync(await leader.GetPageAsync(details), "form[action*='handler=Approve']", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = Answered(await province.GetPageAsync("/province"));
        Assert.Equal((before.Answered + 1, before.Received), after);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_province_officer_reads_only_the_figures_of_their_own_province(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<Loa.Data.LoaDbContext>>();
        await using var db = new Loa.Data.LoaDbContext(options, new Loa.Data.FixedTenantScope(Loa.Data.TenantScope.ForUser(a.ProvinceOfficer)));
        var today = new DateOnly(2026, 7, 1);
        var now = LoaAppFactory.Now.UtcDateTime;

        // asking for the other province's figures by its id (the rows exist: b's saves made them) gives nothing
        Assert.Empty(await Loa.Dashboards.Figures.CommuneFigures.ForProvinceAsync(db, b.Commune.ProvinceId, 2026, today, now));
        Assert.Empty(await Loa.Dashboards.Figures.CommuneFigures.ByChannelAsync(db, b.Commune.ProvinceId, 2026));
        var own = await Loa.Dashboards.Figures.CommuneFigures.ForProvinceAsync(db, a.Commune.ProvinceId, 2026, today, now);
        Assert.Contains(own, f => f.CommuneId == a.Commune.Id && f.Activities == 1);
        Assert.All(own, f => Assert.Equal(a.Commune.ProvinceId, f.ProvinceId));
        var country = await Loa.Dashboards.Figures.ProvinceTotals.ForCountryAsync(db, 2026, today, now);
        Assert.Equal(a.Commune.ProvinceId, Assert.Single(country).ProvinceId);
        await using var system = app.SystemDb();
        Assert.True(await system.CommuneFigures.AnyAsync(f => f.CommuneId == b.Commune.Id && f.Year == 2026));
    }

    /// <summary>The commune's row of the province table (found by its code: the table is paged), cell by column.</summary>
    private static async Task<Dictionary<string, string>> RowAsync(WebSession session, Scenario s)
    {
        var page = await session.GetPageAsync($"/province?q={s.Commune.Code}");
        var row = page.QuerySelector($"table.province a[href='/dashboard?commune={s.Commune.Id}']")?.Closest("tr")
            ?? throw new InvalidOperationException($"no row for commune {s.Commune.Id}");
        return row.QuerySelectorAll("td").ToDictionary(td => td.GetAttribute("data-label")!, td => td.TextContent.Trim());
    }

    private static (int Answered, int Received) Answered(IHtmlDocument page)
    {
        var parts = page.QuerySelector("#feedback-total .n")!.TextContent.Trim().Split('/');
        return (Number(parts[0]), Number(parts[1]));
    }

    private static string Tail(string cell) => cell.Split(null as char[], StringSplitOptions.RemoveEmptyEntries).Last();

    private static int Number(string text) => int.Parse(text.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
