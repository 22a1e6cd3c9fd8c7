using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Units;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Loa.UnitTests.Data;

/// <summary>
/// The national officer reads every commune's data and writes none of it: the tenant filter lets it read everything, and the
/// save pipeline refuses any change of communes' or provinces' data from its scope, whatever asked for the save.
/// </summary>
public sealed class ReadOnlyScopeTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public ReadOnlyScopeTests()
    {
        connection.Open();
        using var db = Context(TenantScope.System);
        db.Database.EnsureCreated();
        db.Provinces.Add(new Province { Id = 1, Code = "75", Name = "Tỉnh Đồng Nai", Kind = "tỉnh", Locality = "Đồng Nai" });
        db.Communes.Add(new Commune { Id = 11, Code = "26041", Name = "Xã Phước Tân", Locality = "Phước Tân", ProvinceId = 1 });
        db.Units.Add(new Unit { Id = 101, ProvinceId = 1, CommuneId = 11, Name = "Phòng Văn hóa – Xã hội" });
        db.Users.Add(LocalAccounts.Create("bo.noivu", "Cán bộ Bộ Nội vụ", UserRole.NationalOfficer, "Mat-khau-thu-nghiem-2026"));
        db.SaveChanges();
    }

    private static TenantScope National => TenantScope.ForUser(
        LocalAccounts.Create("bo.noivu", "Cán bộ Bộ Nội vụ", UserRole.NationalOfficer, "Mat-khau-thu-nghiem-2026", provinceId: 1, communeId: 11));

    [Fact]
    public void The_national_officer_reads_everything_only_reads_and_belongs_to_no_place()
    {
        var scope = National;
        Assert.True(scope.ReadsEverything);
        Assert.True(scope.ReadsOnly);
        Assert.False(scope.IsSystem);
        Assert.Null(scope.ProvinceId);
        Assert.Null(scope.CommuneId);
    }

    [Theory]
    [InlineData(UserRole.SystemAdmin, true)]
    [InlineData(UserRole.ProvinceOfficer, false)]
    [InlineData(UserRole.Leader, false)]
    [InlineData(UserRole.Coordinator, false)]
    [InlineData(UserRole.UnitOfficer, false)]
    public void No_other_role_only_reads_and_only_the_administrator_reads_everything(UserRole role, bool readsEverything)
    {
        var scope = TenantScope.ForUser(LocalAccounts.Create("x", "X", role, "Mat-khau-thu-nghiem-2026", 1, 11, 101));
        Assert.False(scope.ReadsOnly);
        Assert.Equal(readsEverything, scope.ReadsEverything);
        Assert.False(TenantScope.System.ReadsOnly);
    }

    [Fact]
    public void The_national_officer_reads_every_communes_rows()
    {
        using var db = Context(National);
        Assert.Equal("Phòng Văn hóa – Xã hội", db.Units.Single(u => u.Id == 101).Name);
    }

    [Fact]
    public void A_change_of_a_communes_data_from_the_national_scope_is_refused_and_nothing_is_saved()
    {
        using (var db = Context(National))
        {
            db.Units.Single(u => u.Id == 101).Name = "Bị ghi đè";
            db.Units.Add(new Unit { ProvinceId = 1, CommuneId = 11, Name = "Đơn vị mới" });
            var refused = Assert.Throws<ReadOnlyScopeException>(() => db.SaveChanges());
            Assert.Equal(nameof(Unit), refused.EntityType);
        }

        using var check = Context(TenantScope.System);
        Assert.Equal("Phòng Văn hóa – Xã hội", check.Units.Single(u => u.Id == 101).Name);
        Assert.Equal(1, check.Units.Count());
        Assert.DoesNotContain(check.AuditEntries, e => e.UserName == "bo.noivu");
    }

    [Fact]
    public async Task Communes_and_provinces_are_refused_too_and_asynchronously()
    {
        await using var db = Context(National);
        db.Communes.Single(c => c.Id == 11).InService = true;
        await Assert.ThrowsAsync<ReadOnlyScopeException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Provinces.Single(p => p.Id == 1).PlanDueDay = 1;
        await Assert.ThrowsAsync<ReadOnlyScopeException>(() => db.SaveChangesAsync());
        await using var check = Context(TenantScope.System);
        Assert.False(check.Communes.Single(c => c.Id == 11).InService);
        Assert.Equal(31, check.Provinces.Single(p => p.Id == 1).PlanDueDay);
    }

    [Fact]
    public void The_national_officer_still_keeps_its_own_account_and_the_system_still_writes()
    {
        using (var db = Context(National))
        {
            db.Users.Single(u => u.UserName == "bo.noivu").FullName = "Trần Minh Đức";
            db.SaveChanges();
        }

        using (var system = Context(TenantScope.System))
        {
            system.Units.Single(u => u.Id == 101).Name = "Phòng Văn hóa – Thông tin";
            system.SaveChanges();
        }

        using var check = Context(TenantScope.System);
        Assert.Equal("Trần Minh Đức", check.Users.Single(u => u.UserName == "bo.noivu").FullName);
        Assert.Equal("Phòng Văn hóa – Thông tin", check.Units.Single(u => u.Id == 101).Name);
    }

    public void Dispose() => connection.Dispose();

    private LoaDbContext Context(TenantScope scope) =>
        new(new DbContextOptionsBuilder<LoaDbContext>().UseSqlite(connection).Options, new FixedTenantScope(scope));
}
