using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Portal;

namespace Loa.UnitTests.Portal;

/// <summary>Who puts a commune's portal in service, and when it may be turned on: the rule of docs/decisions/0022, case by case.</summary>
public sealed class PortalServiceRulesTests
{
    private const int Province = 75;

    public static TheoryData<string, UserRole?, int?, bool> SwitchCases() => new()
    {
        { "the system administrator", UserRole.SystemAdmin, null, true },
        { "the officer of the commune's province", UserRole.ProvinceOfficer, Province, true },
        { "the officer of another province", UserRole.ProvinceOfficer, Province + 1, false },
        { "a province officer bound to no province", UserRole.ProvinceOfficer, null, false },
        { "the commune's coordinator", UserRole.Coordinator, Province, false },
        { "the commune's leader", UserRole.Leader, Province, false },
        { "a unit officer", UserRole.UnitOfficer, Province, false },
        { "nobody signed in", null, null, false },
    };

    [Theory]
    [MemberData(nameof(SwitchCases))]
    public void Who_switches_a_communes_service(string who, UserRole? role, int? userProvince, bool allowed) =>
        Assert.True(allowed == PortalServiceAccess.MayChange(role, userProvince, Province), who);

    [Fact]
    public void A_commune_without_an_active_coordinator_is_not_turned_on_and_is_told_why_in_Vietnamese()
    {
        var commune = new Commune { Name = "Xã Đông Anh", ProvinceId = 1 };

        var problem = PortalServiceWorkflow.Problem(commune, turnOn: true, activeCoordinators: 0);

        Assert.NotNull(problem);
        Assert.Contains("Xã Đông Anh", problem, StringComparison.Ordinal);
        Assert.Contains("chưa có tài khoản cán bộ đầu mối nào đang hoạt động", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commune_with_a_coordinator_is_turned_on_with_who_and_when_and_may_always_be_turned_off()
    {
        var commune = new Commune { Name = "Phường Phước Tân" };
        var at = new DateTime(2026, 12, 7, 3, 0, 0, DateTimeKind.Utc);

        Assert.Null(PortalServiceWorkflow.Problem(commune, turnOn: true, activeCoordinators: 1));
        PortalServiceWorkflow.Apply(commune, turnOn: true, "tinh.dongnai", at);
        Assert.Equal((true, at, "tinh.dongnai"), (commune.InService, commune.ServiceChangedAt, commune.ServiceChangedBy));

        Assert.Null(PortalServiceWorkflow.Problem(commune, turnOn: false, activeCoordinators: 0));
        PortalServiceWorkflow.Apply(commune, turnOn: false, "quantri", at.AddHours(1));
        Assert.Equal((false, "quantri"), (commune.InService, commune.ServiceChangedBy));
    }

    [Fact]
    public void Switching_to_the_state_it_is_in_says_so()
    {
        Assert.Contains("đã sử dụng Loa rồi", PortalServiceWorkflow.Problem(new Commune { Name = "Xã A", InService = true }, true, 2), StringComparison.Ordinal);
        Assert.Contains("chưa sử dụng Loa", PortalServiceWorkflow.Problem(new Commune { Name = "Xã A" }, false, 2), StringComparison.Ordinal);
    }
}
