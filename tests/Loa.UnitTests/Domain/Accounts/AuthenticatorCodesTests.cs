using System.Text;
using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>The codes of an authenticator app (RFC 6238) and the rule that each is accepted once.</summary>
public sealed class AuthenticatorCodesTests
{
    // RFC 6238 appendix B, SHA-1 key; the six-digit codes are the last six digits of its eight-digit values.
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    private static readonly DateTimeOffset Now = new(2026, 7, 1, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void Codes_are_those_of_RFC_6238(long unixSeconds, string expected) =>
        Assert.Equal(expected, AuthenticatorCodes.Code(RfcKey, AuthenticatorCodes.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));

    [Fact]
    public void A_base32_key_reads_as_the_bytes_the_app_uses() =>
        Assert.Equal(RfcKey, AuthenticatorCodes.FromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));

    [Fact]
    public void A_code_of_the_steps_around_now_is_accepted_with_its_step()
    {
        var step = AuthenticatorCodes.StepAt(Now);
        for (var offset = -AuthenticatorCodes.Window; offset <= AuthenticatorCodes.Window; offset++)
        {
            var check = AuthenticatorCodes.Check(RfcKey, AuthenticatorCodes.Code(RfcKey, step + offset), Now, null);
            Assert.Equal(new AuthenticatorCheck(AuthenticatorOutcome.Accepted, step + offset), check);
        }

        Assert.Equal(AuthenticatorOutcome.Wrong, AuthenticatorCodes.Check(RfcKey, AuthenticatorCodes.Code(RfcKey, step + 3), Now, null).Outcome);
        Assert.Equal(AuthenticatorOutcome.Wrong, AuthenticatorCodes.Check(RfcKey, AuthenticatorCodes.Code(RfcKey, step - 3), Now, null).Outcome);
    }

    [Fact]
    public void A_code_of_the_last_step_accepted_or_an_older_one_is_already_used_and_a_newer_one_is_accepted()
    {
        var step = AuthenticatorCodes.StepAt(Now);
        Assert.Equal(AuthenticatorOutcome.AlreadyUsed, AuthenticatorCodes.Check(RfcKey, AuthenticatorCodes.Code(RfcKey, step), Now, step).Outcome);
        Assert.Equal(AuthenticatorOutcome.AlreadyUsed, AuthenticatorCodes.Check(RfcKey, AuthenticatorCodes.Code(RfcKey, step - 1), Now, step).Outcome);
        Assert.Equal(
            new AuthenticatorCheck(AuthenticatorOutcome.Accepted, step + 1),
            AuthenticatorCodes.Check(RfcKey, AuthenticatorCodes.Code(RfcKey, step + 1), Now, step));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12a456")]
    [InlineData("１２３４５６")]
    public void Anything_but_six_ascii_digits_is_wrong(string? code) =>
        Assert.Equal(AuthenticatorOutcome.Wrong, AuthenticatorCodes.Check(RfcKey, code, Now, null).Outcome);

    [Fact]
    public void Without_a_key_nothing_is_accepted() =>
        Assert.Equal(
            AuthenticatorOutcome.Wrong, AuthenticatorCodes.Check([], AuthenticatorCodes.Code(RfcKey, AuthenticatorCodes.StepAt(Now)), Now, null).Outcome);

    [Fact]
    public void A_key_that_is_not_base32_reads_as_none() => Assert.Null(AuthenticatorCodes.FromBase32("not-base-32!"));
}
