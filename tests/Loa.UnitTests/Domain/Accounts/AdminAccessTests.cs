using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>
/// Who may manage whose account: the administrator all, a province officer its communes' leaders and coordinators, a
/// coordinator its units' officers.
/// </summary>
public sealed class AdminAccessTests
{
    private static readonly AccountHolder Admin = new("admin", UserRole.SystemAdmin, null, null);
    private static readonly AccountHolder ProvinceA = new("tinh-a", UserRole.ProvinceOfficer, 1, null);
    private static readonly AccountHolder CoordinatorA1 = new("daumoi-a1", UserRole.Coordinator, 1, 11);

    private static AccountHolder Account(UserRole role, int? province, int? commune) => new("x-" + role, role, province, commune);

    [Theory]
    [InlineData(UserRole.SystemAdmin, true)]
    [InlineData(UserRole.ProvinceOfficer, true)]
    [InlineData(UserRole.Coordinator, true)]
    [InlineData(UserRole.Leader, false)]
    [InlineData(UserRole.UnitOfficer, false)]
    [InlineData(UserRole.NationalOfficer, false)]
    public void Only_administrators_province_officers_and_coordinators_open_the_account_pages(UserRole role, bool expected) =>
        Assert.Equal(expected, AdminAccess.MayManageAccounts(role));

    [Fact]
    public void Each_manager_gives_only_its_roles()
    {
        Assert.Equal(6, AdminAccess.AssignableRoles(Admin).Count);
        Assert.Contains(UserRole.NationalOfficer, AdminAccess.AssignableRoles(Admin));
        Assert.Equal([UserRole.Coordinator, UserRole.Leader], AdminAccess.AssignableRoles(ProvinceA));
        Assert.Equal([UserRole.UnitOfficer], AdminAccess.AssignableRoles(CoordinatorA1));
        Assert.Empty(AdminAccess.AssignableRoles(new AccountHolder("l", UserRole.Leader, 1, 11)));
        Assert.Empty(AdminAccess.AssignableRoles(new AccountHolder("u", UserRole.UnitOfficer, 1, 11)));
        Assert.Empty(AdminAccess.AssignableRoles(new AccountHolder("t", UserRole.ProvinceOfficer, null, null)));
        Assert.Empty(AdminAccess.AssignableRoles(new AccountHolder("c", UserRole.Coordinator, 1, null)));
    }

    [Theory]
    [InlineData(UserRole.UnitOfficer, 1, 11, true)]
    [InlineData(UserRole.UnitOfficer, 1, 12, false)]
    [InlineData(UserRole.UnitOfficer, 2, 21, false)]
    [InlineData(UserRole.Coordinator, 1, 11, false)]
    [InlineData(UserRole.Leader, 1, 11, false)]
    [InlineData(UserRole.ProvinceOfficer, 1, null, false)]
    [InlineData(UserRole.SystemAdmin, null, null, false)]
    public void A_coordinator_manages_the_unit_officers_of_its_commune_and_nothing_else(UserRole role, int? province, int? commune, bool expected)
    {
        Assert.Equal(expected, AdminAccess.MayManage(CoordinatorA1, Account(role, province, commune)));
        Assert.Equal(expected, AdminAccess.MayPlace(CoordinatorA1, Account(role, province, commune)));
    }

    [Theory]
    [InlineData(UserRole.Coordinator, 1, 11, true)]
    [InlineData(UserRole.Leader, 1, 12, true)]
    [InlineData(UserRole.Coordinator, 2, 21, false)]
    [InlineData(UserRole.UnitOfficer, 1, 11, false)]
    [InlineData(UserRole.ProvinceOfficer, 1, null, false)]
    [InlineData(UserRole.SystemAdmin, null, null, false)]
    [InlineData(UserRole.Coordinator, 1, null, false)]
    public void A_province_officer_manages_the_leaders_and_coordinators_of_its_communes(UserRole role, int? province, int? commune, bool expected) =>
        Assert.Equal(expected, AdminAccess.MayManage(ProvinceA, Account(role, province, commune)));

    [Theory]
    [InlineData(UserRole.SystemAdmin, null, null)]
    [InlineData(UserRole.ProvinceOfficer, 2, null)]
    [InlineData(UserRole.UnitOfficer, 2, 21)]
    public void The_administrator_manages_every_account(UserRole role, int? province, int? commune) =>
        Assert.True(AdminAccess.MayManage(Admin, Account(role, province, commune)));

    [Fact]
    public void Nobody_manages_their_own_account_here()
    {
        Assert.False(AdminAccess.MayManage(Admin, Admin));
        Assert.False(AdminAccess.MayManage(ProvinceA, ProvinceA));
        Assert.False(AdminAccess.MayManage(CoordinatorA1, CoordinatorA1));
    }

    [Fact]
    public void The_reach_of_the_pages_is_the_managers_province_and_commune()
    {
        Assert.Equal((null, null), (AdminAccess.ProvinceOf(Admin), AdminAccess.CommuneOf(Admin)));
        Assert.Equal((1, null), (AdminAccess.ProvinceOf(ProvinceA), AdminAccess.CommuneOf(ProvinceA)));
        Assert.Equal((1, 11), (AdminAccess.ProvinceOf(CoordinatorA1), AdminAccess.CommuneOf(CoordinatorA1)));
    }

    [Fact]
    public void Only_the_administrator_makes_or_manages_a_national_officer()
    {
        var national = Account(UserRole.NationalOfficer, null, null);
        Assert.True(AdminAccess.MayPlace(Admin, national));
        Assert.True(AdminAccess.MayManage(Admin, national));
        Assert.False(AdminAccess.MayPlace(ProvinceA, national));
        Assert.False(AdminAccess.MayManage(ProvinceA, national));
        Assert.False(AdminAccess.MayManage(CoordinatorA1, national));
        Assert.Empty(AdminAccess.AssignableRoles(new AccountHolder("bo", UserRole.NationalOfficer, null, null)));
    }
}
