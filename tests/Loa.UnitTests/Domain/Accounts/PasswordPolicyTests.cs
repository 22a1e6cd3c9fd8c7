using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>The one password rule (security.md 6): at least 12 characters, long passphrases welcome, no composition rules, common ones refused.</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("hoa sen nở trên hồ")]
    [InlineData("mùa thu hà nội rất đẹp")]
    [InlineData("tôi đi làm bằng xe đạp mỗi sáng thứ hai và thứ ba trong tuần này")]
    public void A_passphrase_of_plain_words_without_digits_capitals_or_symbols_is_accepted(string password) =>
        Assert.Empty(PasswordPolicy.Check(password, "daumoi.26377"));

    [Fact]
    public void A_password_of_64_characters_and_up_to_128_is_accepted_and_a_longer_one_is_refused()
    {
        Assert.Empty(PasswordPolicy.Check(Phrase(64), "quantri"));
        Assert.Empty(PasswordPolicy.Check(Phrase(PasswordPolicy.MaxLength), "quantri"));
        Assert.Equal(PasswordPolicy.TooLong, Assert.Single(PasswordPolicy.Check(Phrase(PasswordPolicy.MaxLength + 1), "quantri")).Code);
    }

    [Theory]
    [InlineData("ngan-qua-11", PasswordPolicy.TooShort)]
    [InlineData("", PasswordPolicy.TooShort)]
    [InlineData("matkhau12345", PasswordPolicy.Common)]
    [InlineData("MATKHAU12345", PasswordPolicy.Common)]
    [InlineData("abababababab", PasswordPolicy.Common)]
    [InlineData("daumoi.26377 nhà tôi", PasswordPolicy.HasUserName)]
    public void Short_common_and_own_name_passwords_are_refused_with_a_reason(string password, string code) =>
        Assert.Equal(code, Assert.Single(PasswordPolicy.Check(password, "daumoi.26377")).Code);

    private static string Phrase(int length) => string.Concat(Enumerable.Repeat("cây tre việt nam ", 20))[..length];
}
