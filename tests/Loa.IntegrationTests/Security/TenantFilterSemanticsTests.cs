using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Indices;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// The tenant filter's SQL (written for the indexes, decision record 37) lets through exactly the rows of its definition —
/// "reads everything, or (commune staff) the commune's rows and the province's own rows, or (province officer) the
/// province's rows" — for every kind of scope, on each engine; rows whose province and commune disagree included.
/// </summary>
public sealed class TenantFilterSemanticsTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_scope_reads_exactly_the_rows_of_the_definition(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        _ = app.Server;
        int p, q, a, b, c;
        List<(int Year, int Province, int? Commune)> rows;
        await using (var db = app.SystemDb())
        {
            var communes = await db.Communes.OrderBy(x => x.Id).Select(x => new { x.Id, x.ProvinceId }).ToListAsync();
            var first = communes[0];
            var second = communes.First(x => x.ProvinceId == first.ProvinceId && x.Id != first.Id);
            var other = communes.First(x => x.ProvinceId != first.ProvinceId);
            (p, q, a, b, c) = (first.ProvinceId, other.ProvinceId, first.Id, second.Id, other.Id);
            rows =
            [
                (2001, p, a), (2002, p, b), (2003, p, null), (2004, q, c), (2005, q, null),
                (2006, q, a), // commune A's id under another province
                (2007, p, c), // commune C's id under A's province
            ];
            db.IndexResults.AddRange(rows.Select(r =>
                new IndexResult { ProvinceId = r.Province, CommuneId = r.Commune, Year = r.Year, Kind = IndexKind.ParIndex, Score = 1 }));
            await db.SaveChangesAsync();
        }

        TenantScope[] scopes =
        [
            TenantScope.System,
            TenantScope.Nobody,
            new() { ProvinceId = p, Role = UserRole.ProvinceOfficer, UserId = "province" },
            new() { ProvinceId = q, Role = UserRole.ProvinceOfficer, UserId = "province" },
            new() { Role = UserRole.ProvinceOfficer, UserId = "province without a province" },
            new() { ProvinceId = p, CommuneId = a, Role = UserRole.Coordinator, UserId = "commune" },
            new() { ProvinceId = q, CommuneId = c, Role = UserRole.UnitOfficer, UserId = "commune" },
            new() { CommuneId = a, Role = UserRole.Leader, UserId = "commune without a province" },
            new() { ProvinceId = p, CommuneId = a, UserName = "public" },
        ];
        var options = app.Services.GetRequiredService<DbContextOptions<LoaDbContext>>();
        foreach (var scope in scopes)
        {
            await using var db = new LoaDbContext(options, new FixedTenantScope(scope));
            var seen = await db.IndexResults.AsNoTracking().Where(r => r.Year >= 2001 && r.Year <= 2007).Select(r => r.Year).OrderBy(y => y).ToListAsync();
            var counted = await db.IndexResults.CountAsync(r => r.Year >= 2001 && r.Year <= 2007);
            var expected = rows.Where(r => Definition(scope, r.Province, r.Commune)).Select(r => r.Year).Order().ToList();
            Assert.True(expected.SequenceEqual(seen), $"{scope.UserName ?? scope.UserId ?? "?"} {scope.Role} p={scope.ProvinceId} c={scope.CommuneId}: "
                + $"expected {string.Join(",", expected)}, saw {string.Join(",", seen)}");
            Assert.Equal(expected.Count, counted);
        }
    }

    /// <summary>The filter as it was first written (the definition the SQL must keep).</summary>
    private static bool Definition(TenantScope scope, int province, int? commune) =>
        scope.ReadsEverything || (scope.CommuneId is not null
            ? commune == scope.CommuneId || (commune is null && scope.ProvinceId is not null && province == scope.ProvinceId)
            : scope.ProvinceId is not null && province == scope.ProvinceId);
}
