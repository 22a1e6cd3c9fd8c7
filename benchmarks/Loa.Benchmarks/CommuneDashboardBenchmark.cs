using BenchmarkDotNet.Attributes;
using Loa.Dashboards;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Benchmarks;

/// <summary>
/// The commune dashboard of a typical commune of the generated Hồ Chí Minh (the median number of activities),
/// with exactly the queries of /dashboard (Pages/Dashboard/Index.cshtml.cs): the commune's name, for a province
/// officer the check that it is in the province, the commune's issued plans, this year's plan with its tasks,
/// the province, then <see cref="CommuneDashboard.BuildAsync"/>. As the commune's leader (<c>/dashboard</c>) and as
/// the province officer (<c>/dashboard?commune=ID</c>). The target is under 50 ms for the page.
/// </summary>
[MemoryDiagnoser]
public class CommuneDashboardBenchmark
{
    private GeneratedProvince _province = null!;
    private TenantScope _scope = null!;
    private int _communeId;

    [Params("commune", "province")]
    public string As { get; set; } = "commune";

    [GlobalSetup]
    public async Task Setup()
    {
        _province = await GeneratedProvince.GetAsync();
        var (commune, _, activities) = await _province.TypicalCommuneAsync(GeneratedProvince.Today.Year);
        _communeId = commune.Id;
        var user = As == "province" ? $"tinh.{GeneratedProvince.ProvinceCode}" : await _province.UserNameAsync(commune.Id, UserRole.Leader);
        _scope = await _province.ScopeOfAsync(user);
        var overview = await Build() ?? throw new InvalidOperationException("The typical commune has no issued plan this year.");
        Console.WriteLine($"// Commune dashboard: {commune.Name} ({commune.Code}, id {commune.Id}) as {user}: {activities} activities, {overview.Tasks.Count} tasks");
    }

    [Benchmark]
    public async Task<CommuneOverview?> Build()
    {
        await using var db = _province.Open(_scope);
        var today = GeneratedProvince.Today;
        var isProvince = db.Scope.Role == UserRole.ProvinceOfficer;
        int? communeId = isProvince ? _communeId : db.Scope.CommuneId;
        var name = await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.Name).FirstOrDefaultAsync();
        if (name is null || (isProvince && !await db.Communes.AnyAsync(c => c.Id == communeId && c.ProvinceId == db.Scope.ProvinceId)))
        {
            return null;
        }

        var communePlans = db.Plans.AsNoTracking().Where(p => p.CommuneId == communeId && p.UnitId == null);
        var issuedPlans = (await communePlans.Where(p => p.Status == PlanStatus.Issued).Select(p => new { p.Id, p.Year }).ToListAsync())
            .OrderByDescending(p => p.Year).Select(p => (p.Id, p.Year)).ToList();
        var chosen = issuedPlans.FirstOrDefault(p => p.Year <= today.Year);
        if (chosen == default)
        {
            return null;
        }

        var loaded = await db.Plans.AsNoTrackingWithIdentityResolution().WithTasks().FirstAsync(p => p.Id == chosen.Id);
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == loaded.ProvinceId);
        return await CommuneDashboard.BuildAsync(db, loaded, province, today);
    }
}
