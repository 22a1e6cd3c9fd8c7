using Loa.Demo;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>
/// ADR 0008, small targets: on 7 December (93% of the year) a task of the demo's Hưng Phú with a target of one
/// ("01 cuộc", "01 tiêu phẩm") and nothing done is never shown on track on the plan page.
/// </summary>
public sealed class SmallTargetVerdictTests
{
    [Fact]
    public async Task A_one_off_task_with_nothing_done_late_in_the_year_is_shown_behind()
    {
        using var app = new LoaAppFactory(Engine.Sqlite, demo: true);
        _ = app.Server;
        int planId;
        List<string> oneOffsNotDone;
        await using (var db = app.SystemDb())
        {
            var plan = await db.Plans.Include(p => p.Tasks).SingleAsync(p => p.IssuerLocality == "Hưng Phú" && p.CommuneId != null);
            planId = plan.Id;
            var withActivities = await db.Activities.Where(a => a.PlanId == plan.Id).Select(a => a.TaskId).Distinct().ToListAsync();
            oneOffsNotDone = plan.Tasks
                .Where(t => t.QuantityValue == 1 && !withActivities.Contains(t.Id) && plan.Tasks.All(c => c.ParentId != t.Id))
                .Select(t => t.Label!)
                .ToList();
        }

        Assert.NotEmpty(oneOffsNotDone);
        app.Clock.Now = new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);
        using var session = app.Session();
        await session.LoginAsync("daumoi.hungphu", DemoData.Password);
        var page = await session.GetPageAsync($"/plans/details/{planId}");

        foreach (var label in oneOffsNotDone)
        {
            var row = page.QuerySelectorAll("tr[data-task]").Single(r => r.GetAttribute("data-task") == label);
            var verdict = row.QuerySelector("td[data-label='Tình trạng'] .badge")!.TextContent.Trim();
            Assert.True(verdict == "Chậm tiến độ", $"task {label}: {verdict}");
        }
    }
}
