using Loa.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Loa.UnitTests.Architecture;

/// <summary>The EF Core model of <see cref="LoaDbContext"/>, built without opening a database.</summary>
internal static class LoaModel
{
    public static IModel Build()
    {
        var options = new DbContextOptionsBuilder<LoaDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
        return db.Model;
    }
}
