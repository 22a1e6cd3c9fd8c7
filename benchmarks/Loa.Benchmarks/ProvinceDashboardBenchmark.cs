using BenchmarkDotNet.Attributes;
using Loa.Dashboards;
using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Benchmarks;

/// <summary>
/// The province dashboard of Hồ Chí Minh (168 communes, a year of activities from <c>loa demo generate</c>) as the
/// province page builds it for its officer (ProvinceScope.OverviewAsync): a new DbContext scoped to the officer,
/// the province, then <see cref="ProvinceDashboard.BuildAsync"/> for this year. The target is under 200 ms for the
/// whole page; this is its data, the page's filter and rendering come on top (see benchmarks/load).
/// </summary>
[MemoryDiagnoser]
public class ProvinceDashboardBenchmark
{
    private GeneratedProvince _province = null!;
    private TenantScope _officer = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _province = await GeneratedProvince.GetAsync();
        _officer = await _province.ScopeOfAsync($"tinh.{GeneratedProvince.ProvinceCode}");
        var overview = await Build();
        Console.WriteLine($"// Province dashboard: {overview.Communes.Count} communes, {overview.Communes.Sum(c => c.Activities)} activities, {overview.Communes.Sum(c => c.Tasks)} tasks judged");
    }

    [Benchmark]
    public async Task<ProvinceOverview> Build()
    {
        await using var db = _province.Open(_officer);
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == db.Scope.ProvinceId);
        var today = GeneratedProvince.Today;
        return await ProvinceDashboard.BuildAsync(db, province, today.Year, today);
    }
}
