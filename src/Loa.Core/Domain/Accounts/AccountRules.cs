namespace Loa.Domain.Accounts;

/// <summary>Which accounts must use a second factor, and which unused accounts are disabled.</summary>
public static class AccountRules
{
    /// <summary>Whether <c>Loa:RequireTwoFactorFor</c> names this role.</summary>
    public static bool RequiresTwoFactor(UserRole role, AccountOptions options) =>
        (options.RequireTwoFactorFor ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(name => Enum.TryParse<UserRole>(name, ignoreCase: true, out var r) && r == role);

    /// <summary>
    /// The last day an account counts as used: its last sign-in, its re-enabling, or when the job first saw it (set then).
    /// Null when not yet stamped: the count starts at the next run, so an upgrade disables no one at once.
    /// </summary>
    public static bool IsUnused(User user, DateTime now, AccountOptions options) =>
        options.DisableAfterUnusedDays > 0
        && !user.IsDisabled
        && !user.IsDemo
        && user.LastActiveAt is { } last
        && now - last > TimeSpan.FromDays(options.DisableAfterUnusedDays);

    public static string Label(this DisabledReason reason) => reason switch
    {
        DisabledReason.Administrator => "Quản trị viên đã khóa",
        DisabledReason.Unused => "Không đăng nhập quá thời hạn quy định nên hệ thống tự khóa",
        _ => "Đã khóa",
    };
}

/// <summary>Why an account is disabled, shown to the administrator.</summary>
public enum DisabledReason
{
    Administrator = 1,
    Unused = 2,
}
