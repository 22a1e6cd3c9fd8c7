using System.Security.Cryptography;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Checks a password against a hash made once at start, for sign-ins that have no real hash to check (an unknown
/// name, an address refused for the name): they then take as long as a wrong password for a real account.
/// </summary>
public sealed class PasswordTiming(IPasswordHasher<User> hasher)
{
    private readonly Lazy<string> dummy = new(() => hasher.HashPassword(new User(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    public void Spend(string password) => hasher.VerifyHashedPassword(new User(), dummy.Value, password);
}
