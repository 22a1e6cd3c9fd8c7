using Loa.Activities;
using Loa.Data;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Demo;

/// <summary>
/// A generated province (Lai Châu, the smallest: 38 communes) on a real database: plans for about 92% of the
/// communes in every state, reports only for periods already past, the same data for the same seed, and
/// nothing added by a second run.
/// </summary>
public sealed class DemoProvinceGeneratorTests
{
    private const string LaiChau = "12";
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_province_gets_plans_in_every_state_for_about_92_percent_of_its_communes(Engine engine)
    {
        using var database = new TestDatabase(engine);
        await using var db = await InitializedAsync(database);

        var result = await DemoProvinceGenerator.GenerateAsync(db, LaiChau, 2026, Today, seed: 1, GenerationScale.Small);

        var province = await db.Provinces.SingleAsync(p => p.Code == LaiChau);
        var communes = await db.Communes.Where(c => c.ProvinceId == province.Id).Select(c => c.Id).ToListAsync();
        var plans = await db.Plans.Where(p => p.ProvinceId == province.Id && p.CommuneId != null).ToListAsync();
        Assert.Equal(38, communes.Count);
        Assert.Equal((38, 0), (result.Communes, result.Skipped));
        Assert.InRange(plans.Count / 38.0, 0.88, 0.95);
        Assert.Equal(plans.Count, plans.Select(p => p.CommuneId).Distinct().Count());

        var deadline = DemoProvinceGenerator.IssueDeadline(2026);
        Assert.Contains(plans, p => p.Status == PlanStatus.Issued && p.IssuedOn < deadline);
        Assert.Contains(plans, p => p.Status == PlanStatus.Issued && p.IssuedOn > deadline && p.IssuedOn!.Value.Month is 3 or 4);
        Assert.Contains(plans, p => p.Status == PlanStatus.Draft && p.Number is null && p.IssuedOn is null);
        Assert.Contains(plans, p => p.Status == PlanStatus.Submitted && p.SubmittedAt is not null && p.IssuedOn is null);
        Assert.All(plans.Where(p => p.Status == PlanStatus.Issued), p => Assert.Matches(@"^\d+/KH-UBND$", p.Number!));
        Assert.Equal(plans.Count, await db.PlanVersions.CountAsync(v => v.ProvinceId == province.Id));

        // every commune, with a plan or not, has its units (one coordinator) and its three accounts
        var units = await db.Units.Where(u => u.ProvinceId == province.Id).ToListAsync();
        Assert.All(communes, id =>
        {
            var own = units.Where(u => u.CommuneId == id).ToList();
            Assert.InRange(own.Count, 6, 7);
            Assert.Single(own, u => u.IsCoordinator);
        });
        var accounts = await db.Users.Where(u => u.ProvinceId == province.Id && u.CommuneId != null).ToListAsync();
        Assert.Equal(38 * 3, accounts.Count);
        Assert.All(accounts, u => Assert.True(u.IsDemo && u.Email == $"{u.UserName}@demo.loa.vn"));
        Assert.Equal(38, accounts.Count(u => u.Role == UserRole.Coordinator && u.UserName!.StartsWith("daumoi.", StringComparison.Ordinal)));
        Assert.Single(await db.Users.Where(u => u.Role == UserRole.ProvinceOfficer && u.ProvinceId == province.Id).ToListAsync());

        // activities only for issued plans, between the issue date and today, with a channel and a content area
        var activities = await db.Activities.Where(a => a.ProvinceId == province.Id).Include(a => a.Plan).ToListAsync();
        Assert.InRange(activities.Count, plans.Count(p => p.Status == PlanStatus.Issued) * 15, int.MaxValue);
        Assert.All(activities, a => Assert.True(a.Plan!.Status == PlanStatus.Issued && a.Date >= a.Plan.IssuedOn && a.Date <= Today));
        Assert.Contains(activities, a => a.ContentArea == ContentArea.DigitalGovernment);
        Assert.Contains(activities, a => a.ContentArea == ContentArea.Indices);
        Assert.True(activities.Select(a => a.Channel).Distinct().Count() >= 6);

        await AssertReportsAsync(db, province.Id, plans);

        var indices = await db.IndexResults.Where(r => r.ProvinceId == province.Id).ToListAsync();
        Assert.Equal(6, indices.Count(r => r.CommuneId == null));
        Assert.Contains(indices, r => r.CommuneId != null && r.Year == 2023);
        Assert.All(indices, r => Assert.InRange(r.Score, 40, 100));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_same_seed_gives_the_same_data_and_a_second_run_adds_nothing(Engine engine)
    {
        using var first = new TestDatabase(engine);
        using var second = new TestDatabase(engine);
        await using var a = await InitializedAsync(first);
        await using var b = await InitializedAsync(second);

        await DemoProvinceGenerator.GenerateAsync(a, LaiChau, 2026, Today, seed: 7, GenerationScale.Small);
        await DemoProvinceGenerator.GenerateAsync(b, LaiChau, 2026, Today, seed: 7, GenerationScale.Small);
        var again = await DemoProvinceGenerator.GenerateAsync(a, LaiChau, 2026, Today, seed: 7, GenerationScale.Small);

        Assert.Equal(await DigestAsync(a), await DigestAsync(b));
        Assert.Equal((0, 38, 0, 0, 0, 0), (again.Communes, again.Skipped, again.Units, again.Accounts, again.Plans, again.IndexResults));
        Assert.Equal(await b.Units.CountAsync(), await a.Units.CountAsync());
        Assert.Equal(await b.Users.CountAsync(), await a.Users.CountAsync());
        Assert.Equal(await b.IndexResults.CountAsync(), await a.IndexResults.CountAsync());
    }

    [Fact]
    public async Task Early_in_the_year_nothing_is_late_yet_and_nothing_is_reported()
    {
        using var database = new TestDatabase(Engine.Sqlite);
        await using var db = await InitializedAsync(database);
        var today = new DateOnly(2026, 2, 10);

        var result = await DemoProvinceGenerator.GenerateAsync(db, LaiChau, 2026, today, seed: 1, GenerationScale.Small);

        Assert.Equal(0, result.PlanStates[DemoPlanState.IssuedLate]);
        Assert.True(await db.Plans.AllAsync(p => p.IssuedOn == null || p.IssuedOn <= today));
        Assert.True(await db.Activities.AllAsync(a => a.Date <= today));
        Assert.Equal(0, await db.CommuneReports.CountAsync() + await db.UnitReports.CountAsync());
    }

    /// <summary>Reports exist only for periods whose due date has passed; on time, late, in the works and missing all occur.</summary>
    private static async Task AssertReportsAsync(LoaDbContext db, int provinceId, List<Plan> plans)
    {
        var province = await db.Provinces.SingleAsync(p => p.Id == provinceId);
        var communeReports = await db.CommuneReports.Where(r => r.ProvinceId == provinceId).ToListAsync();
        var unitReports = await db.UnitReports.Where(r => r.ProvinceId == provinceId).ToListAsync();
        ReportPeriod Period(int planId, ReportPeriodKind kind) =>
            ReportingCalendar.Get(2026, kind, province.ReportingRules, plans.Single(p => p.Id == planId).ReportingPeriods);

        Assert.NotEmpty(communeReports);
        Assert.All(communeReports, r => Assert.True(Period(r.PlanId, r.Period).Due < Today));
        Assert.All(unitReports, r => Assert.True(Period(r.PlanId, r.Period).Due < Today));
        Assert.DoesNotContain(communeReports, r => r.Period == ReportPeriodKind.Year);
        Assert.All(communeReports, r => Assert.Null(r.Snapshot));
        Assert.All(unitReports, r => Assert.Null(r.Snapshot));
        Assert.All(communeReports, r => Assert.Contains(plans, p => p.Id == r.PlanId && p.Status == PlanStatus.Issued));

        var sent = communeReports.Where(r => r.Status == CommuneReportStatus.Sent).ToList();
        Assert.Contains(sent, r => DateOnly.FromDateTime(r.SentAt!.Value) < Period(r.PlanId, r.Period).Due);
        Assert.Contains(sent, r => DateOnly.FromDateTime(r.SentAt!.Value) > Period(r.PlanId, r.Period).Due);
        Assert.All(sent, r => Assert.True(r.Number is not null && r.ApprovedAt <= r.SentAt && r.SubmittedAt <= r.ApprovedAt));
        Assert.Contains(communeReports, r => r.Status != CommuneReportStatus.Sent);
        Assert.All(communeReports, r => Assert.False(string.IsNullOrWhiteSpace(r.Results)));

        var expected = plans.Where(p => p.Status == PlanStatus.Issued)
            .SelectMany(p => ReportingCalendar.For(2026, p.ReportingPeriods, province.ReportingRules)
                .Where(x => x.Due < Today && x.Due >= p.IssuedOn)
                .Select(x => (p.Id, x.Kind)))
            .ToList();
        Assert.True(expected.Count > communeReports.Count, "some commune reports of past periods are missing");
        Assert.Contains(unitReports, r => r.Status == UnitReportStatus.Submitted);
        Assert.Contains(unitReports, r => r.Status == UnitReportStatus.Draft);
    }

    private static async Task<List<string>> DigestAsync(LoaDbContext db)
    {
        var communes = await db.Communes.ToDictionaryAsync(c => c.Id, c => c.Code);
        var plans = await db.Plans
            .Where(p => p.CommuneId != null)
            .Select(p => new { p.CommuneId, p.Status, p.Number, p.IssuedOn, p.Title, p.SignerName, Tasks = p.Tasks.Count })
            .ToListAsync();
        var activities = await db.Activities
            .GroupBy(a => a.CommuneId)
            .Select(g => new { g.Key, Count = g.Count(), Reach = g.Sum(a => (a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0)) })
            .ToListAsync();
        var reports = await db.CommuneReports.Select(r => new { r.CommuneId, r.Period, r.Status, r.SentAt }).ToListAsync();
        var units = await db.Units.Select(u => new { u.CommuneId, u.Name }).ToListAsync();
        var users = await db.Users.Select(u => u.UserName + " " + u.FullName).ToListAsync();
        List<string> lines =
        [
            .. plans.Select(p => $"plan {communes[p.CommuneId!.Value]} {p.Status} {p.Number} {p.IssuedOn} {p.Title} {p.SignerName} {p.Tasks}"),
            .. activities.Select(a => $"activities {communes[a.Key!.Value]} {a.Count} {a.Reach}"),
            .. reports.Select(r => $"report {communes[r.CommuneId!.Value]} {r.Period} {r.Status} {r.SentAt:O}"),
            .. units.Select(u => $"unit {communes[u.CommuneId!.Value]} {u.Name}"),
            .. users,
        ];
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<LoaDbContext> InitializedAsync(TestDatabase database)
    {
        var db = database.Context();
        await DatabaseInitializer.InitializeAsync(db);
        return db;
    }
}
