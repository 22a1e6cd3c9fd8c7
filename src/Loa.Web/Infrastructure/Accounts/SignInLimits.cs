using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>The history the sign-in limits read (<see cref="SignInThrottle"/>), from the database so that every instance counts alike.</summary>
public sealed class SignInLimits(LoaDbContext db, TimeProvider time, IOptions<AccountOptions> options, IHttpContextAccessor http)
{
    public string Address => http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Whether this address may try a password for the name now, and how many times it failed in the window.</summary>
    public async Task<(SignInGate Gate, int FailuresFromAddress)> PasswordGateAsync(string key)
    {
        var now = Now;
        var ip = Address;
        var attempts = db.SignInAttempts.AsNoTracking().Where(a => a.Key == key && a.Step == SignInStep.Password);
        var knownSince = SignInThrottle.KnownAddressSince(now);
        var lastSuccess = await attempts.Where(a => a.IpAddress == ip && a.Succeeded && a.At >= knownSince).MaxAsync(a => (long?)a.Id) ?? 0;
        var windowStart = SignInThrottle.AddressWindowStart(now, options.Value);
        var fromAddress = await attempts.CountAsync(a => a.IpAddress == ip && !a.Succeeded && a.At >= windowStart && a.Id > lastSuccess);
        var minuteStart = SignInThrottle.AccountWindowStart(now);
        var ofName = await attempts.CountAsync(a => !a.Succeeded && a.At >= minuteStart);
        var gate = SignInThrottle.Decide(new SignInHistory(fromAddress, ofName, lastSuccess > 0), options.Value);
        return (gate, fromAddress);
    }

    /// <summary>Failures of a step for the name (from every address) within the lock window.</summary>
    public Task<int> RecentFailuresAsync(SignInStep step, string key)
    {
        var windowStart = SignInThrottle.AddressWindowStart(Now, options.Value);
        return db.SignInAttempts.CountAsync(a => a.Key == key && a.Step == step && !a.Succeeded && a.At >= windowStart);
    }

    /// <summary>Requests of a step in the last hour for the name, and from this address (whatever the name).</summary>
    public async Task<(int ForKey, int FromAddress)> LastHourAsync(SignInStep step, string key)
    {
        var since = Now.AddHours(-1);
        var ip = Address;
        var recent = db.SignInAttempts.AsNoTracking().Where(a => a.Step == step && a.At >= since);
        return (await recent.CountAsync(a => a.Key == key), await recent.CountAsync(a => a.IpAddress == ip));
    }

    /// <summary>Checks the signed-in person's current password before a sensitive change, under the same limits as sign-in.</summary>
    public async Task<bool> ConfirmPasswordAsync(Microsoft.AspNetCore.Identity.UserManager<User> users, User user, string? password)
    {
        var key = SignInThrottle.Key(user.UserName);
        if ((await PasswordGateAsync(key)).Gate != SignInGate.Open)
        {
            return false;
        }

        var ok = await users.CheckPasswordAsync(user, password ?? "");
        await RecordAsync(SignInStep.Password, key, ok);
        return ok;
    }

    public async Task RecordAsync(SignInStep step, string key, bool succeeded)
    {
        db.SignInAttempts.Add(new SignInAttempt { Step = step, Key = key, IpAddress = Address, At = Now, Succeeded = succeeded });
        await db.SaveChangesAsync();
    }
}
