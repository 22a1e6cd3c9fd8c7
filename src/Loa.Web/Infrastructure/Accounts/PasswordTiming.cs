using System.Security.Cryptography;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Checks a password against a hash made once at start, for sign-ins that have no real hash to check (an unknown
/// name, an address refused for the name): they then take as long as a wrong password for a real account. Its hasher
/// has Identity's settings (<see cref="PasswordHasherOptions"/>); Identity's own is scoped, this one lives with the app.
/// </summary>
public sealed class PasswordTiming(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<User> hasher = new(options);

    private readonly Lazy<string> dummy = new(() =>
        new PasswordHasher<User>(options).HashPassword(new User(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    public void Spend(string password) => hasher.VerifyHashedPassword(new User(), dummy.Value, password);
}
