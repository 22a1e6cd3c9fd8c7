using Loa.Data;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Startup;

/// <summary>Finding the accounts that sign in with the demo password, verifying each stored password once.</summary>
public sealed class DemoPasswordCheckTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Finds_accounts_with_the_demo_password_and_verifies_only_passwords_set_since_the_last_check(Engine engine)
    {
        using var database = new TestDatabase(engine);
        await using var db = database.Context();
        await db.Database.MigrateAsync();
        db.Users.AddRange(
            LocalAccounts.Create("canbo.mot", "Cán bộ một", UserRole.Coordinator, "Mat-khau-rieng-cua-mot-2026"),
            LocalAccounts.Create("canbo.hai", "Cán bộ hai", UserRole.Leader, DemoData.Password),
            LocalAccounts.Create("trinhdien.ba", "Trình diễn", UserRole.Leader, DemoData.Password, demo: true));
        await db.SaveChangesAsync();

        Assert.Equal(["canbo.hai"], await DemoPasswordCheck.AccountsUsingAsync(db, DemoData.Password));
        var one = await db.Users.SingleAsync(u => u.UserName == "canbo.mot");
        Assert.Equal([DemoPasswordCheck.Digest(one.PasswordHash!)], await db.Set<CheckedPasswordHash>().Select(h => h.Digest).ToListAsync());

        // the next check finds the same (the clean hash is remembered, not verified again) ...
        Assert.Equal(["canbo.hai"], await DemoPasswordCheck.AccountsUsingAsync(db, DemoData.Password));

        // ... and passwords set since then are verified: "canbo.mot" now has the demo password, "canbo.hai" a good one
        one.PasswordHash = LocalAccounts.Hash(DemoData.Password);
        var two = await db.Users.SingleAsync(u => u.UserName == "canbo.hai");
        two.PasswordHash = LocalAccounts.Hash("Mat-khau-moi-cua-hai-2026");
        await db.SaveChangesAsync();
        Assert.Equal(["canbo.mot"], await DemoPasswordCheck.AccountsUsingAsync(db, DemoData.Password));
        Assert.Equal([DemoPasswordCheck.Digest(two.PasswordHash)], await db.Set<CheckedPasswordHash>().Select(h => h.Digest).ToListAsync());
    }
}
