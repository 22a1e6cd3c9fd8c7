using Loa.Data;
using Loa.Domain.Accounts;

namespace Loa.Inspections;

/// <summary>
/// Who may do what with checklists and inspections. The DbContext already hides other provinces' checklists and other
/// communes' inspections; these rules decide within what the user sees: the province's officers define the checklist
/// and inspect; the commune's coordinator and leader answer its items while the inspection is open; everyone else of the
/// commune reads.
/// </summary>
public static class InspectionAccess
{
    public static bool MayEditChecklist(TenantScope scope, int provinceId) =>
        scope.Role == UserRole.ProvinceOfficer && scope.ProvinceId == provinceId;

    /// <summary>Opens a commune's inspection of a year: the province's officer, or the commune's coordinator or leader for their own.</summary>
    public static bool MayOpen(TenantScope scope, int provinceId, int communeId) => scope.Role switch
    {
        UserRole.ProvinceOfficer => scope.ProvinceId == provinceId,
        UserRole.Coordinator or UserRole.Leader => scope.CommuneId == communeId,
        _ => false,
    };

    /// <summary>Answers items with text and evidence: the commune's coordinator or leader, or the province's inspector.</summary>
    public static bool MayAnswer(TenantScope scope, Inspection inspection) => scope.Role switch
    {
        UserRole.ProvinceOfficer => scope.ProvinceId == inspection.ProvinceId,
        UserRole.Coordinator or UserRole.Leader => scope.CommuneId is not null && scope.CommuneId == inspection.CommuneId,
        _ => false,
    };

    /// <summary>Records the visit, findings, scores and conclusion: the officers of the commune's province only.</summary>
    public static bool MayInspect(TenantScope scope, Inspection inspection) =>
        scope.Role == UserRole.ProvinceOfficer && scope.ProvinceId == inspection.ProvinceId;
}
