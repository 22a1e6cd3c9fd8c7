namespace Loa.Domain.Accounts;

/// <summary>
/// One try at a sign-in step, kept for the limits (per name, per address) so that every app instance on the
/// database counts the same. The name is kept normalised (<see cref="SignInThrottle.Key"/>), whether or not an
/// account has it. Cleared after <see cref="SignInThrottle.KeepDays"/> days; the audit log keeps the story.
/// </summary>
public sealed class SignInAttempt
{
    public long Id { get; set; }

    public SignInStep Step { get; set; }

    public string Key { get; set; } = "";

    /// <summary>The client's address, "" when unknown.</summary>
    public string IpAddress { get; set; } = "";

    public DateTime At { get; set; }

    public bool Succeeded { get; set; }
}

public enum SignInStep
{
    Password = 1,
    SecondFactor = 2,
    PasswordReset = 3,
}
