using Loa.Signing;

namespace Loa.UnitTests.Signing;

public sealed class CertificateFileTests
{
    [Fact]
    public void A_person_certificate_reads_from_der_and_from_pem_alike()
    {
        var leader = SamplePdfs.Ca.Leader;
        var der = leader.CertificateDer;
        var pem = System.Text.Encoding.ASCII.GetBytes(
            "-----BEGIN CERTIFICATE-----\n" + Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks) + "\n-----END CERTIFICATE-----\n");

        var (fromDer, problem) = CertificateFile.Read(der, DateTime.UtcNow);
        var (fromPem, _) = CertificateFile.Read(pem, DateTime.UtcNow);

        Assert.Null(problem);
        Assert.Equal(leader.Thumbprint, fromDer!.Thumbprint);
        Assert.Equal(fromDer, fromPem);
        Assert.False(fromDer.IsAuthority);
        Assert.Contains("Nguyen Van An", fromDer.Subject, StringComparison.Ordinal);
        Assert.True(CertificateFile.Read(SamplePdfs.Ca.Authority.CertificateDer, DateTime.UtcNow).Certificate!.IsAuthority);
    }

    [Fact]
    public void Garbage_and_an_expired_certificate_are_refused_in_Vietnamese()
    {
        Assert.Contains("không phải là chứng thư số", CertificateFile.Read([1, 2, 3], DateTime.UtcNow).Problem, StringComparison.Ordinal);
        Assert.Contains("đã hết hạn", CertificateFile.Read(SamplePdfs.Ca.Leader.CertificateDer, DateTime.UtcNow.AddYears(5)).Problem,
            StringComparison.Ordinal);
    }
}
