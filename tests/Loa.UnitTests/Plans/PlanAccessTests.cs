using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>Who may start a plan, draft from the province's plan, and draft a unit's plan under the commune's.</summary>
public sealed class PlanAccessTests
{
    private const int Commune = 7;
    private const int ServiceCentre = 11;
    private const int CultureOffice = 12;

    private static readonly Plan CommunePlan = new() { Id = 1, ProvinceId = 1, CommuneId = Commune, Status = PlanStatus.Issued };

    private static TenantScope Scope(UserRole role, int? commune = Commune, int? unit = null) =>
        new() { Role = role, ProvinceId = 1, CommuneId = commune, UnitId = unit };

    [Theory]
    [InlineData(UserRole.Coordinator, true)]
    [InlineData(UserRole.ProvinceOfficer, true)]
    [InlineData(UserRole.UnitOfficer, false)]
    [InlineData(UserRole.Leader, false)]
    [InlineData(UserRole.SystemAdmin, false)]
    public void A_whole_plan_is_started_by_the_coordinator_or_the_province_officer(UserRole role, bool allowed) =>
        Assert.Equal(allowed, PlanAccess.MayStartPlan(Scope(role, role == UserRole.ProvinceOfficer ? null : Commune)));

    [Theory]
    [InlineData(UserRole.Coordinator, Commune, true)]
    [InlineData(UserRole.Coordinator, null, false)]
    [InlineData(UserRole.UnitOfficer, Commune, false)]
    [InlineData(UserRole.Leader, Commune, false)]
    [InlineData(UserRole.ProvinceOfficer, null, false)]
    public void Only_a_communes_coordinator_drafts_from_the_provinces_plan(UserRole role, int? commune, bool allowed) =>
        Assert.Equal(allowed, PlanAccess.MayDraftFromProvincePlan(Scope(role, commune)));

    public static TheoryData<string, UserRole, int?, int?, int?, bool> UnitPlanCases() => new()
    {
        { "the coordinator, for any unit", UserRole.Coordinator, Commune, null, CultureOffice, true },
        { "the coordinator, asking about any unit", UserRole.Coordinator, Commune, null, null, true },
        { "a unit officer, for their own unit", UserRole.UnitOfficer, Commune, ServiceCentre, ServiceCentre, true },
        { "a unit officer, asking about any unit", UserRole.UnitOfficer, Commune, ServiceCentre, null, true },
        { "a unit officer, for another unit", UserRole.UnitOfficer, Commune, ServiceCentre, CultureOffice, false },
        { "the leader", UserRole.Leader, Commune, null, CultureOffice, false },
        { "the province officer", UserRole.ProvinceOfficer, null, null, CultureOffice, false },
        { "the coordinator of another commune", UserRole.Coordinator, Commune + 1, null, CultureOffice, false },
    };

    [Theory]
    [MemberData(nameof(UnitPlanCases))]
    public void A_units_plan_under_the_communes_plan(string who, UserRole role, int? commune, int? ownUnit, int? unit, bool allowed) =>
        Assert.True(allowed == PlanAccess.MayDraftForUnit(Scope(role, commune, ownUnit), CommunePlan, unit), who);

    [Fact]
    public void No_units_plan_hangs_under_the_provinces_plan()
    {
        var provincePlan = new Plan { Id = 2, ProvinceId = 1, Status = PlanStatus.Issued };
        Assert.False(PlanAccess.MayDraftForUnit(Scope(UserRole.Coordinator), provincePlan));
    }
}
