using Loa.Articles;
using Loa.Demo;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Loa.IntegrationTests.Performance;

/// <summary>
/// The SQL commands each hot page sends, counted through HTTP on the demo (Phước Tân's real plan, its articles and
/// reports; a generated commune of Đồng Nai), against <see cref="QueryBudgets"/>. Each page is asked twice and the second
/// answer counted: the steady state, with the caches that live for the process (communes, procedure index) warm.
/// </summary>
public sealed class QueryBudgetTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_hot_page_stays_within_its_budget_of_sql_commands(Engine engine)
    {
        var recorder = new SqlCommandRecorder();
        using var app = new LoaAppFactory(engine, demo: true, configure: s => s.AddSingleton<IStartupFilter>(recorder));
        _ = app.Server;
        var pages = await PagesAsync(app);

        var counted = new List<(string Page, int Commands, int Budget)>();
        foreach (var (name, user, url) in pages)
        {
            using var session = app.Session();
            if (user is not null)
            {
                await session.LoginAsync(user, DemoData.Password);
            }

            var (firstStatus, _) = await recorder.GetAsync(session.Client, url);
            Assert.True(firstStatus == 200, $"{name}: GET {url} answered {firstStatus}");
            var (status, commands) = await recorder.GetAsync(session.Client, url);
            Assert.True(status == 200, $"{name}: GET {url} answered {status} the second time");
            counted.Add((name, commands, QueryBudgets.For(name)));
            output.WriteLine($"{engine} {name,-40} {commands,3} SQL commands (budget {QueryBudgets.For(name)})  {url}");
        }

        Assert.Equal(QueryBudgets.Pages.Select(p => p.Page).Order(StringComparer.Ordinal), counted.Select(c => c.Page).Order(StringComparer.Ordinal));
        var over = counted.Where(c => c.Commands > c.Budget).Select(c => $"{c.Page}: {c.Commands} SQL commands, budget {c.Budget}").ToList();
        Assert.True(over.Count == 0, "pages over their budget of SQL commands (decision record 37): " + string.Join("; ", over));
    }

    /// <summary>The pages with their addresses in this demo, and who asks for them (null: the public).</summary>
    private static async Task<List<(string Name, string? User, string Url)>> PagesAsync(LoaAppFactory app)
    {
        await using var db = app.SystemDb();
        var phuocTan = await db.Communes.SingleAsync(c => c.Code == "26377");
        var plan = await db.Plans.Where(p => p.CommuneId == phuocTan.Id && p.UnitId == null && p.Status == PlanStatus.Issued)
            .OrderByDescending(p => p.Year).FirstAsync();
        var article = await db.Articles.Where(a => a.CommuneId == phuocTan.Id && a.Status == ArticleStatus.Published)
            .OrderByDescending(a => a.PublishAt).ThenBy(a => a.Id).FirstAsync();
        var unit = await db.Units.Where(u => u.CommuneId == phuocTan.Id && u.IsCoordinator).FirstAsync();
        var generatedId = await db.Plans.Where(p => p.ProvinceId == phuocTan.ProvinceId && p.CommuneId != phuocTan.Id && p.CommuneId != null
                && p.UnitId == null && p.Status == PlanStatus.Issued)
            .OrderBy(p => p.CommuneId).Select(p => p.CommuneId).FirstAsync();
        var generated = await db.Communes.Where(c => c.Id == generatedId).Select(c => c.Code).SingleAsync();
        var portal = "/x/" + phuocTan.Code;
        return
        [
            ("portal home", null, portal),
            ("portal home of a generated commune", null, "/x/" + generated),
            ("portal article", null, $"{portal}/news/{article.Id}-{article.Slug}"),
            ("portal procedure search", null, $"{portal}/procedures?q=khai+sinh"),
            ("portal plan", null, $"{portal}/plan"),
            ("plan page", "daumoi.phuoctan", $"/plans/details/{plan.Id}"),
            ("dashboard", "daumoi.phuoctan", "/dashboard"),
            ("my tasks (unit officer)", "donvi.phuoctan", "/tasks/mine"),
            ("commune report", "daumoi.phuoctan", $"/reports/commune?plan={plan.Id}&period=h1"),
            ("unit report", "daumoi.phuoctan", $"/reports/unit?plan={plan.Id}&period=h1&unit={unit.Id}"),
        ];
    }
}
