using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Ministry;

/// <summary>A national officer (Bộ Nội vụ) of its own for one test.</summary>
public static class NationalOfficers
{
    public static async Task<User> CreateAsync(LoaAppFactory app)
    {
        await using var db = app.SystemDb();
        var user = LocalAccounts.Create(
            "bo." + Guid.NewGuid().ToString("N")[..8], "Cán bộ Bộ Nội vụ thử nghiệm", UserRole.NationalOfficer, Scenario.Password);
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }
}
