using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>Who may try a password: five failures lock one address for one name; ten a minute slow the name down but at known addresses.</summary>
public sealed class SignInThrottleTests
{
    private static readonly AccountOptions Defaults = new();

    [Theory]
    [InlineData("daumoi.phuoctan")]
    [InlineData("DAUMOI.PHUOCTAN")]
    [InlineData("  DauMoi.PhuocTan ")]
    public void A_name_in_any_case_and_with_spaces_around_is_one_key(string typed) =>
        Assert.Equal("DAUMOI.PHUOCTAN", SignInThrottle.Key(typed));

    [Fact]
    public void Keys_are_in_one_Unicode_form_and_never_longer_than_the_column()
    {
        Assert.Equal(SignInThrottle.Key("tr\u1EA7n"), SignInThrottle.Key("tra\u0302\u0300n"));
        Assert.Equal(256, SignInThrottle.Key(new string('a', 1000)).Length);
        Assert.Equal("", SignInThrottle.Key(null));
    }

    [Theory]
    [InlineData(0, 0, false, SignInGate.Open)]
    [InlineData(4, 4, false, SignInGate.Open)]
    [InlineData(5, 5, false, SignInGate.Locked)]
    [InlineData(5, 5, true, SignInGate.Locked)]
    [InlineData(0, 10, false, SignInGate.Busy)]
    [InlineData(5, 12, false, SignInGate.Busy)]
    [InlineData(0, 10, true, SignInGate.Open)]
    [InlineData(0, 500, true, SignInGate.Open)]
    public void The_gate_depends_on_failures_from_the_address_of_the_name_and_on_whether_the_address_is_known(
        int fromAddress, int ofName, bool known, SignInGate expected) =>
        Assert.Equal(expected, SignInThrottle.Decide(new SignInHistory(fromAddress, ofName, known), Defaults));

    [Fact]
    public void The_fifth_failure_is_the_one_that_locks()
    {
        Assert.False(SignInThrottle.LocksNow(3, Defaults));
        Assert.True(SignInThrottle.LocksNow(4, Defaults));
        Assert.False(SignInThrottle.LocksNow(5, Defaults));
    }

    [Fact]
    public void Windows_are_15_minutes_for_an_address_one_minute_for_a_name_and_30_days_for_known_addresses()
    {
        var now = new DateTime(2026, 7, 1, 3, 0, 0, DateTimeKind.Utc);
        Assert.Equal(now.AddMinutes(-15), SignInThrottle.AddressWindowStart(now, Defaults));
        Assert.Equal(now.AddMinutes(-1), SignInThrottle.AccountWindowStart(now));
        Assert.Equal(now.AddDays(-30), SignInThrottle.KnownAddressSince(now));
    }
}
