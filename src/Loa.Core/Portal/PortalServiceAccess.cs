using Loa.Domain.Accounts;

namespace Loa.Portal;

/// <summary>
/// Who puts a commune's portal in service or takes it out (decision record 22): a system administrator for any commune,
/// a province officer for the communes of their own province; nobody else — commune staff never, since a commune could
/// otherwise promise its people answers that nobody at the province knows it has to give.
/// </summary>
public static class PortalServiceAccess
{
    public static bool MayChange(UserRole? role, int? userProvinceId, int communeProvinceId) => role switch
    {
        UserRole.SystemAdmin => true,
        UserRole.ProvinceOfficer => userProvinceId == communeProvinceId,
        _ => false,
    };

    /// <summary>Whether the user may see the switches of a province: the same rule, for the whole province.</summary>
    public static bool MayManage(UserRole? role, int? userProvinceId, int provinceId) => MayChange(role, userProvinceId, provinceId);
}
