using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo;

/// <summary>The demo's national officer (Bộ Nội vụ), who reads every province: added once, also to a demo seeded before it existed.</summary>
public static class DemoNationalOfficer
{
    public const string UserName = "bo.noivu";

    public static async Task SeedAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        if (await db.Users.AnyAsync(u => u.UserName == UserName, cancellationToken))
        {
            return;
        }

        db.Users.Add(LocalAccounts.Create(UserName, "Trần Minh Đức", UserRole.NationalOfficer, DemoData.Password, null, null, null, demo: true));
        await db.SaveChangesAsync(cancellationToken);
    }
}
