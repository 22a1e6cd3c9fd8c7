using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>The place an account gets for its role: a unit officer's unit is chosen with the account, and the manager's reach is kept.</summary>
public sealed class AccountAdministrationTests
{
    private static readonly AccountHolder Admin = new("admin", UserRole.SystemAdmin, null, null);
    private static readonly AccountHolder Coordinator = new("daumoi", UserRole.Coordinator, 1, 11);

    private static (AccountHolder Place, int? UnitId, IReadOnlyList<(string Field, string Message)> Problems) Place(
        AccountHolder manager, UserRole role, int? province, int? commune, int? unit) =>
        AccountAdministration.Place(manager, role, province, commune, commune is null ? null : province, unit, id => id is 101 or 102);

    [Fact]
    public void A_unit_officer_without_a_unit_is_refused()
    {
        var (_, _, problems) = Place(Admin, UserRole.UnitOfficer, 1, 11, null);
        Assert.Equal([("UnitId", AccountAdministration.NoUnit)], problems);
    }

    [Fact]
    public void A_unit_officer_gets_the_chosen_unit_of_the_commune()
    {
        var (place, unit, problems) = Place(Coordinator, UserRole.UnitOfficer, 1, 11, 101);
        Assert.Empty(problems);
        Assert.Equal((new AccountHolder(null, UserRole.UnitOfficer, 1, 11), 101), (place, unit));
    }

    [Fact]
    public void A_unit_of_another_commune_is_refused()
    {
        var (_, _, problems) = Place(Admin, UserRole.UnitOfficer, 1, 11, 999);
        Assert.Equal([("UnitId", AccountAdministration.UnitElsewhere)], problems);
    }

    [Fact]
    public void A_leader_has_no_unit_and_a_coordinator_may_have_one()
    {
        Assert.Null(Place(Admin, UserRole.Leader, 1, 11, 101).UnitId);
        Assert.Equal(101, Place(Admin, UserRole.Coordinator, 1, 11, 101).UnitId);
        Assert.Empty(Place(Admin, UserRole.Coordinator, 1, 11, null).Problems);
    }

    [Fact]
    public void Commune_staff_need_a_commune_and_a_province_officer_a_province()
    {
        Assert.Contains(("CommuneId", AccountAdministration.NoCommune), Place(Admin, UserRole.Leader, 1, null, null).Problems);
        Assert.Contains(("ProvinceId", AccountAdministration.NoProvince), Place(Admin, UserRole.ProvinceOfficer, null, null, null).Problems);
        var (place, unit, problems) = Place(Admin, UserRole.ProvinceOfficer, 1, 11, 101);
        Assert.Empty(problems);
        Assert.Equal((new AccountHolder(null, UserRole.ProvinceOfficer, 1, null), (int?)null), (place, unit));
        Assert.Equal(new AccountHolder(null, UserRole.SystemAdmin, null, null), Place(Admin, UserRole.SystemAdmin, 1, 11, 101).Place);
    }

    [Theory]
    [InlineData(UserRole.SystemAdmin)]
    [InlineData(UserRole.ProvinceOfficer)]
    [InlineData(UserRole.Coordinator)]
    [InlineData(UserRole.Leader)]
    [InlineData(UserRole.NationalOfficer)]
    public void A_coordinator_can_never_make_anything_but_a_unit_officer(UserRole role)
    {
        var (_, _, problems) = Place(Coordinator, role, 1, 11, 101);
        Assert.Contains(("Role", AccountAdministration.RoleRefused), problems);
    }

    [Fact]
    public void A_national_officer_belongs_to_no_province_or_commune_and_only_the_administrator_makes_one()
    {
        var (place, unit, problems) = Place(Admin, UserRole.NationalOfficer, 1, 11, 101);
        Assert.Empty(problems);
        Assert.Equal((new AccountHolder(null, UserRole.NationalOfficer, null, null), (int?)null), (place, unit));
        var province = new AccountHolder("tinh", UserRole.ProvinceOfficer, 1, null);
        Assert.Contains(("Role", AccountAdministration.RoleRefused), Place(province, UserRole.NationalOfficer, null, null, null).Problems);
    }

    [Fact]
    public void A_coordinator_cannot_place_an_account_in_another_commune() =>
        Assert.Contains(("Role", AccountAdministration.RoleRefused), Place(Coordinator, UserRole.UnitOfficer, 1, 12, 101).Problems);

    [Fact]
    public void Temporary_passwords_are_long_random_and_without_look_alikes()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => AccountAdministration.TemporaryPassword()).ToList();
        Assert.Equal(200, passwords.Distinct().Count());
        Assert.All(passwords, p =>
        {
            Assert.Equal(19, p.Length);
            Assert.Equal(3, p.Count(c => c == '-'));
            Assert.DoesNotContain(p, c => "0O1lI".Contains(c, StringComparison.Ordinal));
            Assert.Empty(PasswordPolicy.Check(p, "canbo.moi"));
        });
    }
}
