using System.Globalization;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Password-reset tokens: protected by the app's data-protection keys (shared by every instance), valid for
/// <c>Loa:PasswordResetMinutes</c> by the app's clock, and single-use because they carry the account's security
/// stamp, which the reset changes.
/// </summary>
public sealed class PasswordResetTokens(IDataProtectionProvider protection, TimeProvider time, IOptions<AccountOptions> options)
    : IUserTwoFactorTokenProvider<User>
{
    public const string Name = "LoaPasswordReset";

    private readonly IDataProtector protector = protection.CreateProtector("Loa.PasswordReset.v1");

    public async Task<string> GenerateAsync(string purpose, UserManager<User> manager, User user)
    {
        var stamp = await manager.GetSecurityStampAsync(user);
        var created = time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture);
        var payload = string.Join('\n', created, user.Id, purpose, stamp);
        return WebEncoders.Base64UrlEncode(protector.Protect(System.Text.Encoding.UTF8.GetBytes(payload)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<User> manager, User user)
    {
        string[] parts;
        try
        {
            parts = System.Text.Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n');
        }
        catch (Exception e) when (e is FormatException or System.Security.Cryptography.CryptographicException)
        {
            return false;
        }

        if (parts.Length != 4 || !long.TryParse(parts[0], CultureInfo.InvariantCulture, out var ticks))
        {
            return false;
        }

        var age = time.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero);
        return age >= TimeSpan.Zero - TimeSpan.FromMinutes(1)
            && age <= TimeSpan.FromMinutes(Math.Max(1, options.Value.PasswordResetMinutes))
            && parts[1] == user.Id
            && parts[2] == purpose
            && parts[3] == await manager.GetSecurityStampAsync(user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<User> manager, User user) => Task.FromResult(false);
}
