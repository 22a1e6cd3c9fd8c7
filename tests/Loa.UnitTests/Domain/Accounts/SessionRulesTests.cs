using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>When a session locks (idle: 15 minutes for staff, 5 for administrators) or ends (12 hours after sign-in).</summary>
public sealed class SessionRulesTests
{
    private static readonly DateTime SignedIn = new(2026, 7, 1, 1, 0, 0, DateTimeKind.Utc);
    private static readonly AccountOptions Defaults = new();

    [Theory]
    [InlineData(UserRole.UnitOfficer, 15)]
    [InlineData(UserRole.Coordinator, 15)]
    [InlineData(UserRole.Leader, 15)]
    [InlineData(UserRole.ProvinceOfficer, 15)]
    [InlineData(UserRole.SystemAdmin, 5)]
    public void A_session_locks_after_the_idle_limit_of_its_role(UserRole role, int minutes)
    {
        Assert.Null(SessionRules.Check(SignedIn, SignedIn, role, SignedIn.AddMinutes(minutes), Defaults));
        Assert.Equal(SessionEnd.Idle, SessionRules.Check(SignedIn, SignedIn, role, SignedIn.AddMinutes(minutes).AddSeconds(1), Defaults));
    }

    [Fact]
    public void A_busy_session_still_ends_12_hours_after_sign_in()
    {
        var now = SignedIn.AddHours(12).AddSeconds(1);
        Assert.Null(SessionRules.Check(SignedIn, now.AddMinutes(-1), UserRole.Leader, SignedIn.AddHours(12), Defaults));
        Assert.Equal(SessionEnd.Expired, SessionRules.Check(SignedIn, now.AddMinutes(-1), UserRole.Leader, now, Defaults));
    }

    [Fact]
    public void The_limits_follow_the_settings_and_never_drop_below_a_minute_or_an_hour()
    {
        var options = new AccountOptions { SessionIdleMinutes = 30, AdminSessionIdleMinutes = 0, SessionHours = 0 };
        Assert.Equal(TimeSpan.FromMinutes(30), SessionRules.IdleLimit(UserRole.Coordinator, options));
        Assert.Equal(TimeSpan.FromMinutes(1), SessionRules.IdleLimit(UserRole.SystemAdmin, options));
        Assert.Equal(TimeSpan.FromHours(1), SessionRules.Lifetime(options));
    }

    [Fact]
    public void A_clock_set_back_never_ends_a_session()
    {
        Assert.Null(SessionRules.Check(SignedIn, SignedIn, UserRole.SystemAdmin, SignedIn.AddHours(-3), Defaults));
    }

    [Fact]
    public void The_last_request_is_written_at_most_every_30_seconds()
    {
        Assert.False(SessionRules.ShouldTouch(SignedIn, SignedIn.AddSeconds(29)));
        Assert.True(SessionRules.ShouldTouch(SignedIn, SignedIn.AddSeconds(30)));
    }

    [Fact]
    public void Session_ids_are_random_128_bits_and_only_their_hash_is_kept()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => SessionRules.NewId()).ToList();
        Assert.Equal(1000, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
        var hash = SessionRules.Hash(ids[0]);
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, SessionRules.Hash(ids[0]));
        Assert.DoesNotContain(ids[0], hash, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sign_in_page_says_why_in_Vietnamese()
    {
        Assert.Contains("quá 15 phút không thao tác", SessionRules.Message(SessionEnd.Idle, UserRole.Leader, Defaults), StringComparison.Ordinal);
        Assert.Contains("quá 5 phút không thao tác", SessionRules.Message(SessionEnd.Idle, UserRole.SystemAdmin, Defaults), StringComparison.Ordinal);
        Assert.Contains("hết hạn (12 giờ", SessionRules.Message(SessionEnd.Expired, null, Defaults), StringComparison.Ordinal);
        Assert.Null(SessionRules.Message(null, null, Defaults));
    }
}
