using Loa.Domain.Accounts;

namespace Loa.UnitTests.Domain.Accounts;

/// <summary>Finding an account by name without marks, user name, address or phone digits.</summary>
public sealed class AccountSearchTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("nguyen van an", true)]
    [InlineData("NGUYỄN an", true)]
    [InlineData("an nguyen", true)]
    [InlineData("nguyen van binh", false)]
    [InlineData("donvi.26377", true)]
    [InlineData("tphcm.gov", true)]
    [InlineData("0912 345", true)]
    [InlineData("345678", true)]
    [InlineData("999", false)]
    [InlineData("dang", false)]
    public void Every_word_is_found_in_one_of_the_fields(string query, bool expected) =>
        Assert.Equal(expected, AccountSearch.Matches(query, "Nguyễn Văn An", "donvi.26377", "an.nv@tphcm.gov.vn", "0912345678"));

    [Fact]
    public void Dd_and_marks_fold() => Assert.True(AccountSearch.Matches("dang thi", "Đặng Thị Hoa", "hoa", null, null));
}
