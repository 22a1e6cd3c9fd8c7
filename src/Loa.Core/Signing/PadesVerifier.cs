using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.Ess;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509;

namespace Loa.Signing;

/// <summary>What a signed PDF must be measured against: the PDF as Loa issued it, who must sign it, which CAs are trusted.</summary>
public sealed record SignatureExpectation(
    string IssuedSha256,
    long IssuedLength,
    IReadOnlyCollection<string> SignerThumbprints,
    IReadOnlyCollection<byte[]> TrustedAuthorities,
    DateTime NowUtc);

/// <summary>The verdict: null <see cref="Refusal"/> when the file is the issued document signed by the expected person.</summary>
public sealed record SignatureCheck(string? Refusal, string? SignerSubject = null, string? SignerThumbprint = null, DateTime? SigningTime = null)
{
    public bool Accepted => Refusal is null;
}

/// <summary>
/// Checks a PDF sent back by the signing agent (PAdES baseline B-B, docs/decisions/0034): the issued PDF is a byte-for-byte prefix,
/// one incremental update follows that only adds a signature (and its annotations), the /ByteRange covers the whole file but the
/// /Contents hole, the CMS SignedData (ETSI.CAdES.detached) verifies with SHA-256, carries messageDigest and
/// signing-certificate-v2, and its certificate is one the signer registered, issued by a trusted CA and valid when signed.
/// </summary>
public static class PadesVerifier
{
    public static SignatureCheck Verify(byte[] pdf, SignatureExpectation expected)
    {
        try
        {
            return Check(pdf, expected);
        }
        catch (Exception e) when (e is CmsException or IOException or ArgumentException or FormatException or InvalidOperationException
            or Org.BouncyCastle.Security.SecurityUtilityException or Org.BouncyCastle.Security.Certificates.CertificateException
            or OverflowException or IndexOutOfRangeException or InvalidCastException)
        {
            return Refuse("Chữ ký số trong tệp không đọc được (cấu trúc CMS/PDF không hợp lệ).");
        }
    }

    private static SignatureCheck Check(byte[] signed, SignatureExpectation expected)
    {
        if (signed.Length <= expected.IssuedLength
            || Convert.ToHexStringLower(SHA256.HashData(signed.AsSpan(0, (int)expected.IssuedLength))) != expected.IssuedSha256)
        {
            return Refuse("Tệp đã ký không phải là văn bản Loa đã phát hành: phần đầu tệp khác với bản PDF đã ghi nhận khi ban hành.");
        }

        var text = PdfSignatureParts.Latin1(signed);
        var update = text[(int)expected.IssuedLength..];
        var ranges = PdfSignatureParts.ByteRanges(text);
        if (ranges.Count != 1 || ranges[0].Position < expected.IssuedLength)
        {
            return Refuse(ranges.Count == 0
                ? "Tệp không có chữ ký số."
                : "Tệp phải có đúng một chữ ký số, thêm vào sau bản đã phát hành.");
        }

        var range = ranges[0].Range;
        if (range[0] != 0 || range[1] <= expected.IssuedLength || range[2] <= range[1] || range[2] + range[3] != signed.Length
            || signed[range[1]] != (byte)'<' || signed[range[2] - 1] != (byte)'>')
        {
            return Refuse("Chữ ký số không bao trùm toàn bộ tệp (ByteRange không hợp lệ): tệp có thể đã bị sửa sau khi ký.");
        }

        var dictionary = PdfSignatureParts.ObjectAround(text, ranges[0].Position);
        if (!PdfSignatureParts.IsCadesDetached(dictionary))
        {
            return Refuse("Chữ ký số không theo chuẩn PAdES (SubFilter phải là ETSI.CAdES.detached).");
        }

        if (UpdateProblem(text[..(int)expected.IssuedLength], update) is { } problem)
        {
            return Refuse(problem);
        }

        var covered = new byte[range[1] + range[3]];
        Array.Copy(signed, 0, covered, 0, range[1]);
        Array.Copy(signed, range[2], covered, range[1], range[3]);
        var contents = Convert.FromHexString(text[(int)(range[1] + 1)..(int)(range[2] - 1)].Trim());
        return CheckCms(covered, FirstDerObject(contents), expected);
    }

    /// <summary>An update may add objects, and re-define the catalog and pages (to add the signature field and its widgets), nothing else.</summary>
    private static string? UpdateProblem(string issued, string update)
    {
        if (update.Contains("/ObjStm", StringComparison.Ordinal) || !update.TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal))
        {
            return "Phần thêm vào sau bản đã phát hành không phải là một lần ký số (cập nhật gia tăng) đơn giản.";
        }

        foreach (var (number, body) in PdfSignatureParts.Objects(update))
        {
            if (PdfSignatureParts.LastDefinition(issued, number) is not { } before)
            {
                continue;
            }

            var allowed = (PdfSignatureParts.IsType(before, "Catalog") && PdfSignatureParts.IsType(body, "Catalog"))
                || (PdfSignatureParts.IsType(before, "Page") && PdfSignatureParts.IsType(body, "Page")
                    && PdfSignatureParts.Value(before, "Contents") == PdfSignatureParts.Value(body, "Contents")
                    && PdfSignatureParts.Value(before, "Resources") == PdfSignatureParts.Value(body, "Resources"));
            if (!allowed)
            {
                return "Sau khi phát hành, nội dung văn bản đã bị thay đổi (không chỉ thêm chữ ký số).";
            }
        }

        return null;
    }

    private static SignatureCheck CheckCms(byte[] covered, byte[] cmsBytes, SignatureExpectation expected)
    {
        var cms = new CmsSignedData(new CmsProcessableByteArray(covered), cmsBytes);
        var signers = cms.GetSignerInfos().GetSigners();
        if (signers.Count != 1)
        {
            return Refuse("Chữ ký số phải có đúng một người ký.");
        }

        var signer = signers.First();
        if (signer.DigestAlgorithmID.Algorithm.Id != NistObjectIdentifiers.IdSha256.Id)
        {
            return Refuse("Chữ ký số phải dùng thuật toán băm SHA-256.");
        }

        var attributes = signer.SignedAttributes;
        var digestAttribute = attributes?[CmsAttributes.MessageDigest];
        var certificateAttribute = attributes?[PkcsObjectIdentifiers.IdAASigningCertificateV2];
        if (digestAttribute is null || certificateAttribute is null)
        {
            return Refuse("Chữ ký số thiếu thuộc tính bắt buộc của PAdES (messageDigest, signing-certificate-v2).");
        }

        var digest = Asn1OctetString.GetInstance(digestAttribute.AttrValues[0]).GetOctets();
        if (!digest.AsSpan().SequenceEqual(SHA256.HashData(covered)))
        {
            return Refuse("Tệp đã bị thay đổi sau khi ký: giá trị băm không khớp với chữ ký số.");
        }

        var certificate = cms.GetCertificates().EnumerateMatches(signer.SignerID).FirstOrDefault();
        if (certificate is null)
        {
            return Refuse("Chữ ký số không kèm chứng thư số của người ký.");
        }

        if (!signer.Verify(certificate))
        {
            return Refuse("Chữ ký số không hợp lệ: tệp đã bị thay đổi sau khi ký hoặc chữ ký bị giả mạo.");
        }

        var der = certificate.GetEncoded();
        var thumbprint = Convert.ToHexStringLower(SHA256.HashData(der));
        var essIds = SigningCertificateV2.GetInstance(certificateAttribute.AttrValues[0]).GetCerts();
        if (essIds.Length == 0 || !essIds[0].GetCertHash().AsSpan().SequenceEqual(SHA256.HashData(der))
            || essIds[0].HashAlgorithm.Algorithm.Id != NistObjectIdentifiers.IdSha256.Id)
        {
            return Refuse("Thuộc tính signing-certificate-v2 không khớp với chứng thư số đã ký.");
        }

        var signingTime = attributes![CmsAttributes.SigningTime] is { } time
            ? Time.GetInstance(time.AttrValues[0]).ToDateTime().ToUniversalTime()
            : expected.NowUtc;
        if (signingTime > expected.NowUtc.AddMinutes(5))
        {
            return Refuse("Thời điểm ký ghi trong chữ ký số ở tương lai.");
        }

        if (!IsTrusted(certificate, cms, expected.TrustedAuthorities, signingTime))
        {
            return Refuse("Chứng thư số của người ký không do tổ chức cung cấp dịch vụ chứng thực được tin cậy cấp, hoặc đã hết hạn khi ký.");
        }

        if (!expected.SignerThumbprints.Contains(thumbprint, StringComparer.OrdinalIgnoreCase))
        {
            return Refuse($"Văn bản được ký bởi người khác ({certificate.SubjectDN}), không phải người ký đã định "
                + "(hoặc người ký chưa đăng ký chứng thư số này trong Loa).");
        }

        return new SignatureCheck(null, certificate.SubjectDN.ToString(), thumbprint, signingTime);
    }

    /// <summary>Issued by a trusted CA, directly or through an intermediate carried in the CMS; every link valid at signing time.</summary>
    private static bool IsTrusted(X509Certificate leaf, CmsSignedData cms, IReadOnlyCollection<byte[]> trusted, DateTime at)
    {
        var roots = trusted.Select(d => new X509Certificate(d)).ToList();
        var carried = cms.GetCertificates().EnumerateMatches(null).ToList();
        var current = leaf;
        for (var depth = 0; depth < 4; depth++)
        {
            if (!current.IsValid(at))
            {
                return false;
            }

            var issuer = roots.FirstOrDefault(r => r.SubjectDN.Equivalent(current.IssuerDN) && SignedBy(current, r));
            if (issuer is not null)
            {
                return issuer.IsValid(at);
            }

            var next = carried.FirstOrDefault(c => !c.Equals(current) && c.SubjectDN.Equivalent(current.IssuerDN) && c.GetBasicConstraints() >= 0
                && SignedBy(current, c));
            if (next is null)
            {
                return false;
            }

            current = next;
        }

        return false;
    }

    private static bool SignedBy(X509Certificate certificate, X509Certificate issuer)
    {
        try
        {
            certificate.Verify(issuer.GetPublicKey());
            return true;
        }
        catch (Exception e) when (e is Org.BouncyCastle.Security.InvalidKeyException or Org.BouncyCastle.Security.SignatureException
            or Org.BouncyCastle.Security.Certificates.CertificateException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The CMS without the zeros that pad the /Contents hole.</summary>
    private static byte[] FirstDerObject(byte[] contents)
    {
        using var input = new Asn1InputStream(contents);
        return input.ReadObject()?.GetEncoded() ?? throw new FormatException("empty signature");
    }

    private static SignatureCheck Refuse(string reason) => new(reason);
}
