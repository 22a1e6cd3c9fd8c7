namespace Loa.Domain.Accounts;

/// <summary>
/// The account and session settings, read from the "Loa" section beside the other settings
/// (<c>Loa:RequireTwoFactorFor</c>, <c>Loa:SessionIdleMinutes</c> …).
/// </summary>
public sealed class AccountOptions
{
    public const string Section = "Loa";

    /// <summary>Roles that must sign in with an authenticator app, by name, separated by commas ("SystemAdmin,ProvinceOfficer"); empty for none.</summary>
    public string RequireTwoFactorFor { get; set; } = nameof(UserRole.SystemAdmin);

    /// <summary>Minutes without a request after which a staff member's session locks.</summary>
    public int SessionIdleMinutes { get; set; } = 15;

    /// <summary>Minutes without a request after which a system administrator's session locks.</summary>
    public int AdminSessionIdleMinutes { get; set; } = 5;

    /// <summary>Hours after sign-in at which every session ends, however busy.</summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>Days without a sign-in after which an account is disabled; 0 never disables.</summary>
    public int DisableAfterUnusedDays { get; set; } = 45;

    /// <summary>Failed sign-ins of one name from one address before that address is refused for the name.</summary>
    public int SignInFailuresBeforeLock { get; set; } = 5;

    /// <summary>Minutes an address stays refused for a name after too many failures (and the window they are counted in).</summary>
    public int SignInLockMinutes { get; set; } = 15;

    /// <summary>Failed sign-ins of one name per minute, from all addresses, before addresses it never signed in from get 429.</summary>
    public int LoginFailuresPerAccountPerMinute { get; set; } = 10;

    /// <summary>Minutes a password-reset link stays valid.</summary>
    public int PasswordResetMinutes { get; set; } = 30;

    /// <summary>Password-reset requests for one name or address per hour; more answer 429.</summary>
    public int PasswordResetsPerAccountPerHour { get; set; } = 3;

    /// <summary>Password-reset requests from one IP address per hour; more answer 429.</summary>
    public int PasswordResetsPerIpPerHour { get; set; } = 10;

    /// <summary>Whether this instance runs the account job (disabling unused accounts, clearing old sign-in records).</summary>
    public bool AccountJobEnabled { get; set; } = true;

    /// <summary>Minutes between runs of the account job.</summary>
    public int AccountJobIntervalMinutes { get; set; } = 60;
}
