using System.Security.Claims;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Security;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>The signed-in manager as the account rules (<see cref="AdminAccess"/>) see them.</summary>
public static class AccountManagers
{
    public static AccountHolder Manager(this ClaimsPrincipal user) =>
        new(user.UserId(), user.Role() ?? (UserRole)0, user.ProvinceId(), user.Role() == UserRole.ProvinceOfficer ? null : user.CommuneId());
}
