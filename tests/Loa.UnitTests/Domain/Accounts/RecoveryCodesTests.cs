using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>Recovery codes are kept as salted hashes only, each redeemed once by comparing hashes.</summary>
public sealed class RecoveryCodesTests
{
    private static readonly string[] Codes = ["BCDFG-HJKMN", "23456-789BC", "XYWVT-RQPNM"];

    [Fact]
    public void The_stored_text_holds_no_code_and_counts_them()
    {
        var stored = RecoveryCodes.Hash(Codes);
        Assert.True(RecoveryCodes.IsHashed(stored));
        foreach (var code in Codes)
        {
            Assert.DoesNotContain(code, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(code.Replace("-", "", StringComparison.Ordinal), stored, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(3, RecoveryCodes.Count(stored));
        Assert.NotEqual(stored, RecoveryCodes.Hash(Codes));
    }

    [Fact]
    public void Each_code_is_redeemed_once_typed_in_any_case_and_with_spaces()
    {
        var stored = RecoveryCodes.Hash(Codes);
        var left = RecoveryCodes.Redeem(stored, " 23456-789bc ");
        Assert.NotNull(left);
        Assert.Equal(2, RecoveryCodes.Count(left));
        Assert.Null(RecoveryCodes.Redeem(left, "23456-789BC"));
        Assert.NotNull(RecoveryCodes.Redeem(left, "BCDFG-HJKMN"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("BCDFG-HJKMX")]
    [InlineData("BCDFGHJKMN")]
    public void A_code_not_in_the_list_is_refused(string? code) => Assert.Null(RecoveryCodes.Redeem(RecoveryCodes.Hash(Codes), code));

    [Fact]
    public void A_list_stored_in_plain_text_by_an_earlier_version_still_works_and_comes_back_hashed()
    {
        var plain = string.Join(';', Codes);
        Assert.False(RecoveryCodes.IsHashed(plain));
        Assert.Equal(3, RecoveryCodes.Count(plain));
        Assert.Null(RecoveryCodes.Redeem(plain, "AAAAA-AAAAA"));
        var left = RecoveryCodes.Redeem(plain, "XYWVT-RQPNM");
        Assert.True(RecoveryCodes.IsHashed(left));
        Assert.Equal(2, RecoveryCodes.Count(left));
        Assert.DoesNotContain("BCDFG-HJKMN", left, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_code_used_leaves_none() =>
        Assert.Equal(0, RecoveryCodes.Count(RecoveryCodes.Redeem(RecoveryCodes.Hash(["BCDFG-HJKMN"]), "BCDFG-HJKMN")));
}
