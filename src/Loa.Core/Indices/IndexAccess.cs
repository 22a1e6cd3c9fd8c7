using Loa.Data;
using Loa.Domain.Accounts;

namespace Loa.Indices;

/// <summary>
/// Who reads and who records index results (PAR Index, SIPAS). A commune's staff read their commune's results and
/// the province's; the province officer reads the province's and every commune's. The commune's coordinator and
/// leader record the commune's results, the province officer the province's own (a commune's are its own to record).
/// </summary>
public static class IndexAccess
{
    /// <summary>Whether the results of <paramref name="communeId"/> (null: the province's own) may be read.</summary>
    public static bool MayRead(TenantScope scope, int? communeId) =>
        scope.Role == UserRole.ProvinceOfficer || communeId is null || communeId == scope.CommuneId;

    /// <summary>Whether the results of <paramref name="communeId"/> (null: the province's own) may be recorded and corrected.</summary>
    public static bool MayEdit(TenantScope scope, int? communeId) => communeId switch
    {
        null => scope.Role == UserRole.ProvinceOfficer,
        _ => scope.Role is UserRole.Coordinator or UserRole.Leader && communeId == scope.CommuneId,
    };
}
