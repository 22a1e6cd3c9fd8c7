namespace Loa.Domain.Accounts;

/// <summary>
/// Who may manage whose account (decision record 30). A system administrator manages every account; a province officer
/// the leaders and coordinators of the province's communes; a commune's coordinator the unit officers of the commune.
/// Nobody manages their own account here (that is "Tài khoản của tôi"), and no one but the administrator ever makes or
/// changes an administrator's, a national officer's or a province officer's account.
/// </summary>
public static class AdminAccess
{
    /// <summary>Whether the role opens the account pages at all.</summary>
    public static bool MayManageAccounts(UserRole? role) => role is UserRole.SystemAdmin or UserRole.ProvinceOfficer or UserRole.Coordinator;

    /// <summary>The roles the manager may give an account, in the order the form offers them.</summary>
    public static IReadOnlyList<UserRole> AssignableRoles(AccountHolder manager) => manager.Role switch
    {
        UserRole.SystemAdmin => [
            UserRole.UnitOfficer, UserRole.Coordinator, UserRole.Leader, UserRole.ProvinceOfficer, UserRole.NationalOfficer, UserRole.SystemAdmin
        ],
        UserRole.ProvinceOfficer when manager.ProvinceId is not null => [UserRole.Coordinator, UserRole.Leader],
        UserRole.Coordinator when manager.CommuneId is not null => [UserRole.UnitOfficer],
        _ => [],
    };

    /// <summary>Whether the manager may see and change this existing account.</summary>
    public static bool MayManage(AccountHolder manager, AccountHolder account) =>
        (manager.UserId is null || manager.UserId != account.UserId) && MayPlace(manager, account);

    /// <summary>
    /// Whether the manager may give an account this role at this place (a new account, or an account after a change):
    /// the role is one the manager may give, and the place lies within the manager's province or commune.
    /// </summary>
    public static bool MayPlace(AccountHolder manager, AccountHolder account)
    {
        if (!AssignableRoles(manager).Contains(account.Role))
        {
            return false;
        }

        return manager.Role switch
        {
            UserRole.SystemAdmin => true,
            UserRole.ProvinceOfficer => account.CommuneId is not null && account.ProvinceId == manager.ProvinceId,
            UserRole.Coordinator => account.CommuneId is not null && account.CommuneId == manager.CommuneId,
            _ => false,
        };
    }

    /// <summary>The province whose communes the manager sees on the account pages; null for the administrator (all).</summary>
    public static int? ProvinceOf(AccountHolder manager) => manager.Role == UserRole.SystemAdmin ? null : manager.ProvinceId;

    /// <summary>The commune the manager is bound to on the account pages; null when not bound to one commune.</summary>
    public static int? CommuneOf(AccountHolder manager) => manager.Role == UserRole.Coordinator ? manager.CommuneId : null;
}

/// <summary>An account as the access rules see it: its owner's id, role and place.</summary>
public sealed record AccountHolder(string? UserId, UserRole Role, int? ProvinceId, int? CommuneId)
{
    public static AccountHolder Of(User user) => new(user.Id, user.Role, user.ProvinceId, user.CommuneId);
}
