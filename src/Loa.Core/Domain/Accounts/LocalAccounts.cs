using Microsoft.AspNetCore.Identity;

namespace Loa.Domain.Accounts;

/// <summary>Makes an account with a hashed password outside the web app's UserManager (demo data, tests, the command line).</summary>
public static class LocalAccounts
{
    private static readonly PasswordHasher<User> Hasher = new();

    public static User Create(
        string userName,
        string fullName,
        UserRole role,
        string password,
        int? provinceId = null,
        int? communeId = null,
        int? unitId = null,
        bool demo = false) =>
        CreateHashed(userName, fullName, role, Hash(password), provinceId, communeId, unitId, demo);

    /// <summary>
    /// The hash of a password as <see cref="Create"/> stores it. Hashing is slow on purpose (PBKDF2); demo data
    /// that makes hundreds of accounts with one password hashes it once and uses <see cref="CreateHashed"/>.
    /// </summary>
    public static string Hash(string password) => Hasher.HashPassword(new User(), password);

    public static User CreateHashed(
        string userName,
        string fullName,
        UserRole role,
        string passwordHash,
        int? provinceId = null,
        int? communeId = null,
        int? unitId = null,
        bool demo = false) => new()
        {
            UserName = userName,
            NormalizedUserName = userName.ToUpperInvariant(),
            FullName = fullName,
            Role = role,
            ProvinceId = provinceId,
            CommuneId = communeId,
            UnitId = unitId,
            IsDemo = demo,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            CreatedAt = DateTime.UtcNow,
            PasswordHash = passwordHash,
        };
}
