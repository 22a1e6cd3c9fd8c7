using Loa.Data;
using Loa.Domain.Accounts;

namespace Loa.Plans;

/// <summary>
/// Who may draft and who may approve which plan. The DbContext already hides other communes' and provinces'
/// plans; these rules decide within what the user can see: a commune's coordinator drafts its commune's and
/// units' plans, a unit officer drafts its own unit's plan, a province officer drafts and issues the
/// province's plan; a commune's leader approves and issues the commune's and its units' plans.
/// </summary>
public static class PlanAccess
{
    public static bool MayEdit(TenantScope scope, Plan plan) => scope.Role switch
    {
        UserRole.Coordinator => plan.CommuneId is not null && plan.CommuneId == scope.CommuneId,
        UserRole.UnitOfficer => plan.Level == PlanLevel.Unit && plan.UnitId == scope.UnitId && plan.CommuneId == scope.CommuneId,
        UserRole.ProvinceOfficer => plan.Level == PlanLevel.Province && plan.ProvinceId == scope.ProvinceId,
        _ => false,
    };

    public static bool MayApprove(TenantScope scope, Plan plan) => scope.Role switch
    {
        UserRole.Leader => plan.CommuneId is not null && plan.CommuneId == scope.CommuneId,
        UserRole.ProvinceOfficer => plan.Level == PlanLevel.Province && plan.ProvinceId == scope.ProvinceId,
        _ => false,
    };

    /// <summary>
    /// Who may delete a plan: whoever drafts it, while it is a draft (never once submitted, approved or issued —
    /// an issued plan is a document of record, changed only by an amending plan).
    /// </summary>
    public static bool MayDelete(TenantScope scope, Plan plan) => plan.Status == PlanStatus.Draft && MayEdit(scope, plan);

    /// <summary>
    /// Who may start a whole plan (create, import, copy a year): the commune's coordinator for the commune, a province
    /// officer for the province. A unit officer drafts only their unit's plan, from the commune's (<see cref="MayDraftForUnit"/>).
    /// </summary>
    public static bool MayStartPlan(TenantScope scope) => scope.Role is UserRole.Coordinator or UserRole.ProvinceOfficer;

    /// <summary>Who may draft the commune's plan from the province's issued plan: the commune's coordinator.</summary>
    public static bool MayDraftFromProvincePlan(TenantScope scope) => scope.Role == UserRole.Coordinator && scope.CommuneId is not null;

    /// <summary>
    /// Who may draft a unit's plan under the commune's issued plan <paramref name="parent"/>: the commune's coordinator
    /// for any of its units, a unit officer for their own unit (<paramref name="unitId"/> null asks about any unit).
    /// </summary>
    public static bool MayDraftForUnit(TenantScope scope, Plan parent, int? unitId = null) =>
        parent.CommuneId is not null && parent.CommuneId == scope.CommuneId && scope.Role switch
        {
            UserRole.Coordinator => true,
            UserRole.UnitOfficer => unitId is null || unitId == scope.UnitId,
            _ => false,
        };

    /// <summary>Activities are recorded against an issued commune plan (a unit's plan and the province's plan only restate tasks).</summary>
    public static bool TakesActivities(Plan plan) => plan.Level == PlanLevel.Commune && plan.Status == PlanStatus.Issued;
}
