using System.Globalization;
using Loa.Dashboards;
using Loa.Dashboards.Figures;
using Loa.Data;
using Loa.Demo;
using Loa.Domain;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Dashboards;

/// <summary>
/// The read model (decision 38) on a generated province (Lai Châu, 38 communes): every commune's figures equal what the
/// province dashboard computed from the base tables before it (<see cref="ProvinceDashboardReference"/>), whether they
/// were kept current by the saves of the generation itself or rebuilt by <see cref="CommuneFiguresRefresh.RefreshAllAsync"/>
/// after a bulk load that suspended the upkeep.
/// </summary>
public sealed class CommuneFiguresTests
{
    private const string LaiChau = "12";
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Figures_kept_current_by_the_saves_equal_the_computation_from_the_base_tables(Engine engine)
    {
        using var database = new TestDatabase(engine);
        await using var db = database.Context();
        await DatabaseInitializer.InitializeAsync(db);
        await DemoProvinceGenerator.GenerateAsync(db, LaiChau, 2026, Today, seed: 1, GenerationScale.Small);
        db.ChangeTracker.Clear();
        var province = await db.Provinces.AsNoTracking().SingleAsync(p => p.Code == LaiChau);

        // as stored by the generation's saves, judged on the day they were computed (the system's today: no app clock here)
        // (a commune nothing was saved for has no row yet: the first read makes it)
        var rows = await db.CommuneFigures.AsNoTracking().Where(f => f.ProvinceId == province.Id && f.Year == 2026).ToListAsync();
        // (the generator saves a plan and some citizen feedback for most communes: each such save made the commune's row)
        var planned = await db.Plans.Where(p => p.ProvinceId == province.Id && p.Year == 2026 && p.CommuneId != null)
            .Select(p => p.CommuneId!.Value).ToListAsync();
        var withFeedback = await db.Feedback.Where(f => f.ProvinceId == province.Id && f.CommuneId != null)
            .Select(f => f.CommuneId!.Value).ToListAsync();
        var touched = planned.Concat(withFeedback).Distinct().ToList();
        Assert.Equal(touched.Order(), rows.Select(r => r.CommuneId!.Value).Order());
        var computedOn = Assert.Single(rows.Select(r => r.ComputedOn).Distinct());
        var reference = await ProvinceDashboardReference.BuildAsync(db, province, 2026, computedOn);
        var periods = reference.Periods;
        var stored = rows.OrderBy(r => r.Name, Loa.Text.VietnameseOrder.Instance)
            .Select(r => Describe(FigureStandings.Standing(r, province.PlanDue(2026), periods, computedOn), periods)).ToList();
        Assert.Equal(reference.Communes.Where(c => touched.Contains(c.CommuneId)).Select(c => Describe(c, periods)), stored);
        Assert.Contains(rows, r => r.Activities > 0 && r.TasksCompleted > 0);

        // read through the dashboard on another day: recomputed for that day, still equal to the reference
        var overview = await ProvinceDashboard.BuildAsync(db, province, 2026, Today);
        var expected = await ProvinceDashboardReference.BuildAsync(db, province, 2026, Today);
        AssertSame(expected, overview);
        await AssertOtherFiguresAsync(db, province.Id);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_bulk_load_with_upkeep_suspended_is_rebuilt_by_refresh_all(Engine engine)
    {
        using var database = new TestDatabase(engine);
        await using var db = database.Context();
        await DatabaseInitializer.InitializeAsync(db);
        using (CommuneFiguresUpkeep.Suspend())
        {
            await DemoProvinceGenerator.GenerateAsync(db, LaiChau, 2026, Today, seed: 2, GenerationScale.Small);
        }

        db.ChangeTracker.Clear();
        Assert.Equal(0, await db.CommuneFigures.CountAsync());

        var written = await CommuneFiguresRefresh.RefreshAllAsync(db, new FixedClock(new DateTimeOffset(2026, 11, 21, 3, 0, 0, TimeSpan.Zero)));

        Assert.Equal(await db.Communes.CountAsync(), written);
        var province = await db.Provinces.AsNoTracking().SingleAsync(p => p.Code == LaiChau);
        Assert.True(await db.CommuneFigures.AllAsync(f => f.ComputedOn == Today));
        var expected = await ProvinceDashboardReference.BuildAsync(db, province, 2026, Today);
        AssertSame(expected, await ProvinceDashboard.BuildAsync(db, province, 2026, Today));
        await AssertOtherFiguresAsync(db, province.Id);
    }

    private static void AssertSame(ProvinceOverview expected, ProvinceOverview actual)
    {
        Assert.Equal(expected.Communes.Select(c => Describe(c, expected.Periods)), actual.Communes.Select(c => Describe(c, actual.Periods)));
        Assert.Equal(expected.ActivitiesByMonth, actual.ActivitiesByMonth);
        Assert.Equal(expected.ReachByMonth, actual.ReachByMonth);
        Assert.Equal(expected.PlanDue, actual.PlanDue);
    }

    /// <summary>What the reference does not compute: activities by channel, feedback and index results, against the base tables.</summary>
    private static async Task AssertOtherFiguresAsync(LoaDbContext db, int provinceId)
    {
        var rows = await db.CommuneFigures.AsNoTracking().Where(f => f.ProvinceId == provinceId && f.Year == 2026).ToListAsync();
        var lines = await db.CommuneActivityFigures.AsNoTracking().Where(f => f.ProvinceId == provinceId && f.Year == 2026).ToListAsync();
        foreach (var row in rows)
        {
            var own = lines.Where(l => l.CommuneId == row.CommuneId).ToList();
            Assert.Equal((row.Activities, row.Reach), (own.Sum(l => l.Activities), own.Sum(l => l.Reach)));
        }

        var byChannel = await db.Activities.AsNoTracking()
            .Where(a => a.ProvinceId == provinceId && db.Plans.Any(p => p.Id == a.PlanId && p.Year == 2026 && p.Status == Loa.Plans.PlanStatus.Issued))
            .GroupBy(a => a.Channel).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var stored = await CommuneFigures.ByChannelAsync(db, provinceId, 2026);
        Assert.Equal(byChannel.OrderBy(c => c.Key).Select(c => (c.Key, c.Value)), stored.OrderBy(c => c.Key).Select(c => (c.Key, c.Value.Activities)));

        var start = VietnamTime.StartOfDayUtc(new DateOnly(2026, 1, 1));
        var end = VietnamTime.StartOfDayUtc(new DateOnly(2027, 1, 1));
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.ProvinceId == provinceId && f.ReceivedAt >= start && f.ReceivedAt < end).ToListAsync();
        Assert.Equal(feedback.Count, rows.Sum(r => r.FeedbackReceived));
        Assert.Equal(feedback.Count(f => f.ApprovedAt is not null || f.Status == FeedbackStatus.Rejected), rows.Sum(r => r.FeedbackAnswered));
        var indices = await db.IndexResults.AsNoTracking().Where(r => r.ProvinceId == provinceId && r.CommuneId != null && r.Year == 2026).ToListAsync();
        Assert.Equal(indices.Count, rows.Sum(r => new[] { r.ParIndex, r.Sipas, r.Papi, r.Pci, r.Dti }.Count(s => s is not null)));
    }

    private static string Describe(CommuneStanding c, IReadOnlyList<Loa.Reports.ReportPeriod> periods) => string.Join(
        " | ",
        c.CommuneId,
        c.Code,
        c.Name,
        c.PlanId,
        c.PlanStatus,
        c.IssuedOn?.ToString("O", CultureInfo.InvariantCulture),
        c.Plan,
        string.Join(",", periods.Select(p => c.Reports[p.Kind])),
        c.Tasks,
        c.TasksCompleted,
        c.TasksLate,
        c.Activities,
        c.Reach);
}
