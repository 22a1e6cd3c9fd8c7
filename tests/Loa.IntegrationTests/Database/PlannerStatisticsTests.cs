using Loa.Data;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Database;

/// <summary>
/// SQLite plans each query from its statistics (decision record 37). Without them it read every commune plan in the
/// country to find one commune's issued plans ("my tasks", through the index on UnitId, as "UnitId IS NULL" looks
/// selective); with them it goes through the commune's index. The start and the demo generators keep them.
/// </summary>
public sealed class PlannerStatisticsTests
{
    [Fact]
    public async Task The_start_gives_the_database_statistics_for_its_planner()
    {
        using var database = new TestDatabase(Engine.Sqlite);
        await using var db = database.Context();

        await DatabaseInitializer.InitializeAsync(db);

        // The official list's 3,321 communes are loaded at the start: their indexes have statistics.
        var communeIndexes = await db.Database
            .SqlQueryRaw<string>("SELECT idx AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'Communes'")
            .ToListAsync();
        Assert.Contains("IX_Communes_ProvinceId_SearchName", communeIndexes);
    }

    [Fact]
    public async Task A_communes_issued_plans_are_found_through_its_own_index_on_generated_data()
    {
        using var database = new TestDatabase(Engine.Sqlite);
        await using (var db = database.Context())
        {
            await DatabaseInitializer.InitializeAsync(db);
            await DemoNationGenerator.GenerateAsync(db, ["12"], 2026, new DateOnly(2026, 11, 21), seed: 3, GenerationScale.Small, new Progress<NationalProgress>());
        }

        var plan = await MyTasksPlanAsync(database);

        Assert.Contains("IX_Plans_CommuneId", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("IX_Plans_UnitId", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statistics_taken_on_nearly_empty_tables_are_renewed_at_the_next_start_once_they_have_grown()
    {
        using var database = new TestDatabase(Engine.Sqlite);
        await using (var db = database.Context())
        {
            // A new installation: the first start analyses tables with no plans yet; then the communes start working
            // (a province's data written without the generators' own ANALYZE).
            await DatabaseInitializer.InitializeAsync(db);
            await DemoProvinceGenerator.GenerateAsync(db, "12", 2026, new DateOnly(2026, 11, 21), seed: 3, GenerationScale.Small, new Progress<SetupStep>());
        }

        await using (var db = database.Context())
        {
            await DatabaseInitializer.InitializeAsync(db); // the next start
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.DoesNotContain("IX_Plans_UnitId", await MyTasksPlanAsync(database), StringComparison.Ordinal);
    }

    private static async Task<string> MyTasksPlanAsync(TestDatabase database)
    {
        int provinceId, communeId;
        await using (var db = database.Context())
        {
            (provinceId, communeId) = await db.Plans.Where(p => p.CommuneId != null && p.Status == PlanStatus.Issued)
                .Select(p => new ValueTuple<int, int>(p.ProvinceId, p.CommuneId!.Value)).FirstAsync();
        }

        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, database.Options, database.Folder);
        var coordinator = new TenantScope { ProvinceId = provinceId, CommuneId = communeId, Role = UserRole.Coordinator, UserId = "coordinator" };
        await using var scoped = new LoaDbContext(builder.Options, new FixedTenantScope(coordinator));

        // The plans of "my tasks" (Pages/Tasks/Mine): the commune's issued plans, the tenant filter narrowing them to its commune.
        return await QueryPlanAsync(scoped, scoped.Plans.Where(p => p.Status == PlanStatus.Issued && p.CommuneId != null && p.UnitId == null));
    }

    private static async Task<string> QueryPlanAsync<T>(LoaDbContext db, IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(3));
            }

            return string.Join(" | ", lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
