using Microsoft.AspNetCore.Identity;

namespace Loa.Domain.Accounts;

/// <summary>Makes an account with a hashed password outside the web app's UserManager (demo data, tests, the command line).</summary>
public static class LocalAccounts
{
    private static readonly PasswordHasher<User> Hasher = new();

    public static User Create(string userName, string fullName, UserRole role, string password, int? provinceId = null, int? communeId = null, int? unitId = null, bool demo = false)
    {
        var user = new User
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
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        return user;
    }
}
