using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>Which roles must use a second factor (Loa:RequireTwoFactorFor), and which accounts count as unused.</summary>
public sealed class AccountRulesTests
{
    private static readonly DateTime Now = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void By_default_system_administrators_must_use_a_second_factor_and_no_one_else()
    {
        var defaults = new AccountOptions();
        Assert.True(AccountRules.RequiresTwoFactor(UserRole.SystemAdmin, defaults));
        UserRole[] others = [UserRole.ProvinceOfficer, UserRole.Leader, UserRole.Coordinator, UserRole.UnitOfficer];
        Assert.All(others, r => Assert.False(AccountRules.RequiresTwoFactor(r, defaults)));
    }

    [Theory]
    [InlineData("", UserRole.SystemAdmin, false)]
    [InlineData("SystemAdmin, ProvinceOfficer", UserRole.ProvinceOfficer, true)]
    [InlineData("systemadmin;provinceofficer", UserRole.SystemAdmin, true)]
    [InlineData("ProvinceOfficer", UserRole.SystemAdmin, false)]
    [InlineData("Admin, Nobody", UserRole.SystemAdmin, false)]
    public void The_setting_is_a_list_of_role_names(string setting, UserRole role, bool expected) =>
        Assert.Equal(expected, AccountRules.RequiresTwoFactor(role, new AccountOptions { RequireTwoFactorFor = setting }));

    [Fact]
    public void An_account_is_unused_after_45_days_without_sign_in()
    {
        var options = new AccountOptions();
        Assert.False(AccountRules.IsUnused(new User { LastActiveAt = Now.AddDays(-45) }, Now, options));
        Assert.True(AccountRules.IsUnused(new User { LastActiveAt = Now.AddDays(-45).AddMinutes(-1) }, Now, options));
    }

    [Fact]
    public void Accounts_not_yet_seen_demo_accounts_disabled_ones_and_a_setting_of_0_are_never_unused()
    {
        var old = Now.AddDays(-400);
        Assert.False(AccountRules.IsUnused(new User { LastActiveAt = null }, Now, new AccountOptions()));
        Assert.False(AccountRules.IsUnused(new User { LastActiveAt = old, IsDemo = true }, Now, new AccountOptions()));
        Assert.False(AccountRules.IsUnused(new User { LastActiveAt = old, IsDisabled = true }, Now, new AccountOptions()));
        Assert.False(AccountRules.IsUnused(new User { LastActiveAt = old }, Now, new AccountOptions { DisableAfterUnusedDays = 0 }));
        Assert.True(AccountRules.IsUnused(new User { LastActiveAt = Now.AddDays(-11) }, Now, new AccountOptions { DisableAfterUnusedDays = 10 }));
    }

    [Fact]
    public void The_reasons_read_in_Vietnamese()
    {
        Assert.Equal("Quản trị viên đã khóa", DisabledReason.Administrator.Label());
        Assert.Contains("hệ thống tự khóa", DisabledReason.Unused.Label(), StringComparison.Ordinal);
    }
}
