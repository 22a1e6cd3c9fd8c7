using System.Security.Cryptography;
using System.Text;
using Loa.Demo.Signing;
using Loa.Signing;
using Loa.TestSigning;

namespace Loa.UnitTests.Signing;

public sealed class PadesVerifierTests
{
    private static readonly DateTime Now = DateTime.UtcNow;

    [Fact]
    public void The_issued_pdf_signed_by_the_expected_leader_is_accepted()
    {
        var issued = SamplePdfs.Issued();

        var check = PadesVerifier.Verify(Signed(issued, SamplePdfs.Ca.Leader), Expect(issued));

        Assert.True(check.Accepted, check.Refusal);
        Assert.Equal(SamplePdfs.Ca.Leader.Thumbprint, check.SignerThumbprint);
        Assert.Contains("Nguyen Van An", check.SignerSubject, StringComparison.Ordinal);
    }

    [Fact]
    public void The_signed_file_still_reads_as_a_pdf_with_the_same_pages()
    {
        var signed = Signed(SamplePdfs.Issued(), SamplePdfs.Ca.Leader);

        using var document = UglyToad.PdfPig.PdfDocument.Open(signed);
        Assert.Equal(2, document.NumberOfPages);
        Assert.Contains("Nguyen", document.GetPage(2).Text, StringComparison.Ordinal);
        Assert.Equal(2, document.GetPage(2).GetAnnotations().Count());
    }

    [Fact]
    public void One_byte_changed_in_the_signed_update_is_refused()
    {
        var issued = SamplePdfs.Issued();
        var signed = Signed(issued, SamplePdfs.Ca.Leader);
        var at = Encoding.Latin1.GetString(signed).IndexOf("/M (D:", issued.Length, StringComparison.Ordinal) + 8;
        signed[at] = (byte)(signed[at] == '1' ? '2' : '1');

        var check = PadesVerifier.Verify(signed, Expect(issued));

        Assert.False(check.Accepted);
        Assert.Contains("thay đổi sau khi ký", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void One_byte_changed_in_the_issued_part_is_refused()
    {
        var issued = SamplePdfs.Issued();
        var signed = Signed(issued, SamplePdfs.Ca.Leader);
        signed[issued.Length / 2] ^= 0x01;

        var check = PadesVerifier.Verify(signed, Expect(issued));

        Assert.False(check.Accepted);
        Assert.Contains("không phải là văn bản Loa đã phát hành", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_by_another_person_of_the_same_ca_is_refused()
    {
        var issued = SamplePdfs.Issued();

        var check = PadesVerifier.Verify(Signed(issued, SamplePdfs.Ca.Colleague), Expect(issued));

        Assert.False(check.Accepted);
        Assert.Contains("người khác", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_from_a_ca_outside_the_trusted_list_is_refused_even_when_registered()
    {
        var issued = SamplePdfs.Issued();
        var stranger = SamplePdfs.Ca.Stranger;

        var check = PadesVerifier.Verify(Signed(issued, stranger), Expect(issued, stranger.Thumbprint));

        Assert.False(check.Accepted);
        Assert.Contains("tin cậy", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_certificate_is_accepted_once_its_ca_is_trusted()
    {
        var issued = SamplePdfs.Issued();
        var stranger = SamplePdfs.Ca.Stranger;
        var expected = Expect(issued, stranger.Thumbprint) with { TrustedAuthorities = [SamplePdfs.Ca.OtherAuthority.CertificateDer] };

        Assert.True(PadesVerifier.Verify(Signed(issued, stranger), expected).Accepted);
    }

    [Fact]
    public void A_signed_file_whose_prefix_is_another_pdf_is_refused()
    {
        var issued = SamplePdfs.Issued();
        var other = SamplePdfs.Issued("Noi dung khac");

        var check = PadesVerifier.Verify(Signed(other, SamplePdfs.Ca.Leader), Expect(issued));

        Assert.False(check.Accepted);
        Assert.Contains("không phải là văn bản Loa đã phát hành", check.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_that_changes_the_content_of_a_page_is_refused()
    {
        var issued = SamplePdfs.Issued();
        var signed = Encoding.Latin1.GetString(Signed(issued, SamplePdfs.Ca.Leader));
        var update = signed[issued.Length..];
        var contents = System.Text.RegularExpressions.Regex.Match(update, @"/Contents (\d+) 0 R");
        Assert.True(contents.Success, "the signed page keeps its /Contents reference");
        var tampered = Encoding.Latin1.GetBytes(signed[..issued.Length]
            + update.Replace(contents.Value, "/Contents " + (int.Parse(contents.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)
                + " 0 R", StringComparison.Ordinal));

        var check = PadesVerifier.Verify(tampered, Expect(issued));

        Assert.False(check.Accepted);
    }

    [Fact]
    public void An_unsigned_file_and_garbage_are_refused_with_a_reason()
    {
        var issued = SamplePdfs.Issued();
        byte[] appended = [.. issued, .. Encoding.ASCII.GetBytes("\n%%EOF\n")];

        Assert.Equal("Tệp không có chữ ký số.", PadesVerifier.Verify(appended, Expect(issued)).Refusal);
        Assert.False(PadesVerifier.Verify([1, 2, 3], Expect(issued)).Accepted);
    }

    private static byte[] Signed(byte[] issued, TestIdentity identity)
    {
        var places = SignaturePlaces.ForMain(issued, SamplePdfs.Title, SamplePdfs.Name)!;
        return PdfIncrementalSigner.Sign(issued, places, identity);
    }

    private static SignatureExpectation Expect(byte[] issued, string? thumbprint = null) => new(
        Convert.ToHexStringLower(SHA256.HashData(issued)),
        issued.Length,
        [thumbprint ?? SamplePdfs.Ca.Leader.Thumbprint],
        [SamplePdfs.Ca.Authority.CertificateDer],
        Now.AddMinutes(1));
}
