using Loa.Dashboards.Figures;
using Loa.Data;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loa.IntegrationTests.Dashboards;

/// <summary>
/// The read model's freshness check, asked on every province dashboard, is a query EF Core finds well formed: it used
/// to take the first of its one group without an order, and the server logged EF Core's warning about unpredictable
/// results on each /province.
/// </summary>
public sealed class FiguresFreshnessCheckTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Checking_a_provinces_figures_raises_no_query_warning(Engine engine)
    {
        using var database = new TestDatabase(engine);
        int provinceId;
        await using (var setup = database.Context())
        {
            await DatabaseInitializer.InitializeAsync(setup);
            provinceId = await setup.Provinces.OrderBy(p => p.Code).Select(p => p.Id).FirstAsync();
        }

        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, database.Options, database.Folder);
        builder.ConfigureWarnings(w => w.Throw(CoreEventId.FirstWithoutOrderByAndFilterWarning));
        await using var db = new LoaDbContext(builder.Options, new FixedTenantScope(TenantScope.System));
        var today = new DateOnly(2026, 11, 21);

        await CommuneFiguresRefresh.EnsureCurrentAsync(db, provinceId, 2026, today, new DateTime(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc));
        await CommuneFiguresRefresh.EnsureCurrentAsync(db, provinceId, 2026, today, new DateTime(2026, 11, 21, 3, 0, 0, DateTimeKind.Utc));

        Assert.Equal(
            await db.Communes.CountAsync(c => c.ProvinceId == provinceId),
            await db.CommuneFigures.IgnoreQueryFilters().CountAsync(f => f.ProvinceId == provinceId && f.Year == 2026));
    }
}
