using Loa.Signing;

namespace Loa.UnitTests.Signing;

public sealed class CertificateSubjectTests
{
    [Theory]
    [InlineData("CN=Nguyễn Đắc Tuyên,O=UBND,C=VN", "Nguyễn Đắc Tuyên")]
    [InlineData("C=VN, O=UBND phường Phước Tân, CN=Trần Thị Bình", "Trần Thị Bình")]
    [InlineData("O=UBND,C=VN", "O=UBND,C=VN")]
    [InlineData(null, "")]
    public void A_page_names_the_person_not_the_whole_subject(string? subject, string shown) =>
        Assert.Equal(shown, CertificateSubject.Person(subject));
}
