using System.Globalization;
using Loa.Activities;
using Loa.Demo;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Reports;

/// <summary>
/// The consolidated 6-month report of the demo's Hưng Phú (months of generated activities, on the app's clock of
/// 1 July 2026) against sums taken straight from the activities table: an activity counts to date when dated from
/// 15/12/2025 to the cut-off 14/06/2026, and "kỳ này" from 15/03/2026; a row counts its own and its sub-rows' activities;
/// the channel table counts "kỳ này", with a last row for the year to date.
/// </summary>
public sealed class DemoReportFiguresTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Hung_Phu_6_month_figures_equal_sums_over_its_activities(Engine engine)
    {
        using var app = new LoaAppFactory(engine, demo: true);
        _ = app.Server;
        var from = new DateOnly(2025, 12, 15);
        var periodFrom = new DateOnly(2026, 3, 15);
        var cutoff = new DateOnly(2026, 6, 14);

        int planId;
        List<(string Label, int? Target, int ThisPeriod, int ToDate)> expectedTasks;
        Dictionary<string, (int Count, int Quantity)> expectedChannels;
        (int Count, int Quantity, long Views) expectedTotal;
        (int Count, int Quantity, long Views) expectedToDate;
        await using (var db = app.SystemDb())
        {
            var plan = await db.Plans.Include(p => p.Tasks).SingleAsync(p => p.IssuerLocality == "Hưng Phú" && p.CommuneId != null);
            var province = await db.Provinces.SingleAsync(p => p.Id == plan.ProvinceId);
            // the Ministry's rules, which the dates above follow
            Assert.Equal((14, 12, 15), (province.ReportCutoffDay, province.ReportStartMonth, province.ReportStartDay));
            planId = plan.Id;
            var counted = await db.Activities.Where(a => a.PlanId == plan.Id && a.Date >= from && a.Date <= cutoff)
                .Select(a => new { a.TaskId, a.Date, a.Quantity, a.Channel, a.Views }).ToListAsync();
            Assert.True(counted.Count >= 5, $"the demo should have activities in the first half of 2026, found {counted.Count}");
            // some activities must be left out
            Assert.Contains(await db.Activities.Where(a => a.PlanId == plan.Id).Select(a => a.Date).ToListAsync(), d => d > cutoff);

            var rows = plan.Tasks.Where(t => t.ParentId == null).OrderBy(t => t.Order)
                .SelectMany(t => plan.Tasks.Where(c => c.ParentId == t.Id).OrderBy(c => c.Order).Prepend(t));
            expectedTasks = rows.Select(t =>
            {
                var ids = plan.Tasks.Where(c => c.ParentId == t.Id).Select(c => c.Id).Append(t.Id).ToHashSet();
                var own = counted.Where(a => ids.Contains(a.TaskId)).ToList();
                return (t.Label ?? "", t.QuantityValue, own.Where(a => a.Date >= periodFrom).Sum(a => a.Quantity), own.Sum(a => a.Quantity));
            }).ToList();
            var thisPeriod = counted.Where(a => a.Date >= periodFrom).ToList();
            expectedChannels = thisPeriod.GroupBy(a => a.Channel.Label()).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(a => a.Quantity)));
            expectedTotal = (thisPeriod.Count, thisPeriod.Sum(a => a.Quantity), thisPeriod.Sum(a => (long)(a.Views ?? 0)));
            expectedToDate = (counted.Count, counted.Sum(a => a.Quantity), counted.Sum(a => (long)(a.Views ?? 0)));
        }

        using var session = app.Session();
        await session.LoginAsync("daumoi.hungphu", DemoData.Password);
        var page = await session.GetPageAsync($"/reports/commune?plan={planId}&period=h1");

        var shown = page.QuerySelectorAll("#report-tasks tbody tr").Select(r => (
            Label: r.GetAttribute("data-task") ?? "",
            Percent: r.QuerySelector("td[data-label='Tỷ lệ']")!.TextContent.Trim(),
            ThisPeriod: Number(r.QuerySelector("td[data-label='Kỳ này']")!.TextContent),
            ToDate: Number(r.QuerySelector("td[data-label='Lũy kế']")!.TextContent))).ToList();
        Assert.Equal(expectedTasks.Select(t => (t.Label, t.ThisPeriod, t.ToDate)), shown.Select(r => (r.Label, r.ThisPeriod, r.ToDate)));
        foreach (var (task, row) in expectedTasks.Zip(shown))
        {
            if (task.Target is { } target && target > 0)
            {
                var exact = 100.0 * task.ToDate / target;
                Assert.True(Math.Abs(Number(row.Percent.TrimEnd('%')) - exact) <= 0.55, $"task {task.Label}: {row.Percent} for {task.ToDate}/{target}");
            }
            else
            {
                Assert.Equal("–", row.Percent);
            }
        }

        var channels = page.QuerySelectorAll("#report-channels tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(
            expectedChannels.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value.Count, c.Value.Quantity)),
            channels
                .Where(c => c[0] is not ("Tổng cộng" or "Lũy kế từ đầu năm"))
                .Select(c => (c[0], Number(c[1]), Number(c[2])))
                .OrderBy(c => c.Item1, StringComparer.Ordinal));
        var total = channels.Single(c => c[0] == "Tổng cộng");
        Assert.Equal(expectedTotal, (Number(total[1]), Number(total[2]), (long)Number(total[4])));
        var toDate = channels.Single(c => c[0] == "Lũy kế từ đầu năm");
        Assert.Equal(expectedToDate, (Number(toDate[1]), Number(toDate[2]), (long)Number(toDate[4])));
    }

    private static int Number(string text) =>
        int.Parse(text.Trim().Replace(".", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
