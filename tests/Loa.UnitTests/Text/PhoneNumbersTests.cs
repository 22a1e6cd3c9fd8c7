using Loa.Text;

namespace Loa.UnitTests.Text;

/// <summary>The one phone-number rule, used by surveys (once per phone) and by citizens' feedback.</summary>
public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("0912345678", "0912345678")]
    [InlineData(" 0912 345 678 ", "0912345678")]
    [InlineData("0913 579 246", "0913579246")]
    [InlineData("+84 912.345.678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("(0251) 3822-111", "02513822111")]
    [InlineData("091234567", null)]
    [InlineData("091 234 567", null)]
    [InlineData("+1 202 555 0123", null)]
    [InlineData("0012345678", null)]
    [InlineData("0212345678", null)]
    [InlineData("09123x5678", null)]
    [InlineData("gọi tôi nhé", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Phone_numbers_are_read_as_people_type_them(string? input, string? expected)
    {
        Assert.Equal(expected, PhoneNumbers.Normalise(input));
        Assert.Equal(expected is not null, PhoneNumbers.IsValid(input));
    }

    [Fact]
    public void A_public_list_shows_only_the_first_and_last_three_digits()
    {
        Assert.Equal("091****678", PhoneNumbers.Mask("0912345678"));
        Assert.Equal("025*****111", PhoneNumbers.Mask("02513822111"));
        Assert.Equal("", PhoneNumbers.Mask(null));
    }

    [Theory]
    [InlineData("0912 345 678", "84912345678")]
    [InlineData("+84 912.345.678", "84912345678")]
    [InlineData("84912345678", "84912345678")]
    [InlineData("(0251) 3822-111", "842513822111")]
    [InlineData("091234567", null)]
    [InlineData(null, null)]
    public void Zalo_and_SMS_take_the_number_in_its_international_form_without_plus(string? input, string? expected) =>
        Assert.Equal(expected, PhoneNumbers.International(input));
}
