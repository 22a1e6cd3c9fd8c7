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

    /// <summary>Activities are recorded against an issued commune plan (a unit's plan and the province's plan only restate tasks).</summary>
    public static bool TakesActivities(Plan plan) => plan.Level == PlanLevel.Commune && plan.Status == PlanStatus.Issued;
}
