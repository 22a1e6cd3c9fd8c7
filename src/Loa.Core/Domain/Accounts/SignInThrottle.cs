namespace Loa.Domain.Accounts;

/// <summary>
/// Who may try a password now. Failures are counted per name (in any case) and per address: five failures of one
/// name from one address refuse that address for that name for 15 minutes (the owner elsewhere still signs in);
/// ten failures of one name in a minute from anywhere slow the name down (429) except at addresses it signed in
/// from before. The answer never depends on whether an account has the name.
/// </summary>
public static class SignInThrottle
{
    /// <summary>How long attempts are kept: successes mark the addresses a name is known at.</summary>
    public const int KeepDays = 30;

    /// <summary>The name as the limits count it: trimmed, NFC, upper case (as Identity normalises user names).</summary>
    public static string Key(string? userName)
    {
        var key = (userName ?? "").Trim().Normalize().ToUpperInvariant();
        return key.Length > 256 ? key[..256] : key;
    }

    public static DateTime AddressWindowStart(DateTime now, AccountOptions options) => now.AddMinutes(-Math.Max(1, options.SignInLockMinutes));

    public static DateTime AccountWindowStart(DateTime now) => now.AddMinutes(-1);

    public static DateTime KnownAddressSince(DateTime now) => now.AddDays(-KeepDays);

    public static SignInGate Decide(SignInHistory history, AccountOptions options)
    {
        if (!history.AddressKnown && history.FailuresOfName >= options.LoginFailuresPerAccountPerMinute)
        {
            return SignInGate.Busy;
        }

        return history.FailuresFromAddress >= options.SignInFailuresBeforeLock ? SignInGate.Locked : SignInGate.Open;
    }

    /// <summary>True when this failure is the one that locks the address (to be audited once).</summary>
    public static bool LocksNow(int failuresFromAddressBefore, AccountOptions options) => failuresFromAddressBefore + 1 == options.SignInFailuresBeforeLock;
}

/// <param name="FailuresFromAddress">Failures of the name from this address in the lock window, since its last success there.</param>
/// <param name="FailuresOfName">Failures of the name from every address in the last minute.</param>
/// <param name="AddressKnown">The name signed in from this address within <see cref="SignInThrottle.KeepDays"/> days.</param>
public sealed record SignInHistory(int FailuresFromAddress, int FailuresOfName, bool AddressKnown);

public enum SignInGate
{
    Open,

    /// <summary>This address failed too often for this name: answered exactly like a wrong password, and the password is not checked.</summary>
    Locked,

    /// <summary>The name failed too often from everywhere: 429.</summary>
    Busy,
}
