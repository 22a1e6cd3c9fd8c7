using Loa.Audit;
using Loa.Domain.Accounts;

namespace Loa.UnitTests.Audit;

/// <summary>Who reads the audit log (decision record 21): the system administrator all of it, a province officer their province, nobody else.</summary>
public sealed class AuditAccessTests
{
    [Fact]
    public void The_system_administrator_reads_everything()
    {
        var reach = AuditAccess.For(UserRole.SystemAdmin, null);
        Assert.True(reach.All);
        Assert.True(reach.Any);
    }

    [Fact]
    public void A_province_officer_reads_their_own_province_only()
    {
        var reach = AuditAccess.For(UserRole.ProvinceOfficer, 75);
        Assert.False(reach.All);
        Assert.Equal(75, reach.ProvinceId);
    }

    [Theory]
    [InlineData(UserRole.ProvinceOfficer, null)]
    [InlineData(UserRole.Leader, 75)]
    [InlineData(UserRole.Coordinator, 75)]
    [InlineData(UserRole.UnitOfficer, 75)]
    [InlineData(null, null)]
    public void Nobody_else_reads_any_of_it(UserRole? role, int? province)
    {
        var reach = AuditAccess.For(role, province);
        Assert.False(reach.Any);
        Assert.Null(reach.ProvinceId);
    }
}
