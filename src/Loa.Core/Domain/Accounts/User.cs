using Microsoft.AspNetCore.Identity;

namespace Loa.Domain.Accounts;

/// <summary>A person who signs in: bound to a province or a commune, optionally to a unit, with one role.</summary>
public sealed class User : IdentityUser
{
    public string FullName { get; set; } = "";

    public UserRole Role { get; set; }

    public int? ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int? UnitId { get; set; }

    /// <summary>A disabled account cannot sign in and its sessions end.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>When the account was disabled, and why (shown on the administration page).</summary>
    public DateTime? DisabledAt { get; set; }

    public DisabledReason? DisabledReason { get; set; }

    /// <summary>
    /// The last sign-in or re-enabling; unused accounts are disabled after <c>Loa:DisableAfterUnusedDays</c>
    /// (<see cref="AccountRules.IsUnused"/>).
    /// </summary>
    public DateTime? LastActiveAt { get; set; }

    /// <summary>The password was set by an administrator: the user must choose their own before anything else.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Created by the demo seeder; only signs in while demo mode is on.</summary>
    public bool IsDemo { get; set; }

    /// <summary>
    /// The time step of the last authenticator code accepted (<see cref="AuthenticatorCodes"/>): a code of this step
    /// or an older one is refused, so each code signs in once, whichever app instance receives it. Only
    /// <c>AuthenticatorTokens</c> writes it, with a conditional UPDATE; saving the account leaves it as it is.
    /// </summary>
    public long? AuthenticatorStep { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Where the person gets reminders besides Loa (<see cref="ReminderChannel"/>); Zalo and SMS go to <c>PhoneNumber</c>.</summary>
    public ReminderChannel ReminderChannel { get; set; }

    /// <summary>When the person chose <see cref="ReminderChannel"/> themselves: their consent to Zalo or SMS messages.</summary>
    public DateTime? ReminderChannelChosenAt { get; set; }
}
