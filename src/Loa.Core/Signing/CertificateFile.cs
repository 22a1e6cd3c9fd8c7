using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.X509;

namespace Loa.Signing;

/// <summary>A certificate file as read from an upload (.cer/.crt, DER or PEM): what Loa records of it.</summary>
public sealed record CertificateFile(string Subject, string Issuer, string Thumbprint, string Base64, DateTime NotAfter, bool IsAuthority)
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The certificate in <paramref name="content"/>, or a Vietnamese reason why it is not one.</summary>
    public static (CertificateFile? Certificate, string? Problem) Read(byte[] content, DateTime nowUtc)
    {
        if (content.Length == 0 || content.Length > MaxBytes)
        {
            return (null, "Tệp chứng thư số trống hoặc quá lớn.");
        }

        X509Certificate certificate;
        try
        {
            var der = Pem(content) ?? content;
            certificate = new X509CertificateParser().ReadCertificate(der) ?? throw new FormatException("no certificate");
        }
        catch (Exception e) when (e is FormatException or IOException or ArgumentException or Org.BouncyCastle.Security.Certificates.CertificateException
            or InvalidOperationException or InvalidCastException)
        {
            return (null, "Tệp không phải là chứng thư số (.cer/.crt dạng DER hoặc PEM).");
        }

        var notAfter = certificate.NotAfter.ToUniversalTime();
        if (notAfter <= nowUtc)
        {
            return (null, $"Chứng thư số đã hết hạn từ {notAfter:dd/MM/yyyy}.");
        }

        var bytes = certificate.GetEncoded();
        return (new CertificateFile(
            Cut(certificate.SubjectDN.ToString()),
            Cut(certificate.IssuerDN.ToString()),
            Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Convert.ToBase64String(bytes),
            notAfter,
            certificate.GetBasicConstraints() >= 0), null);
    }

    private static byte[]? Pem(byte[] content)
    {
        var text = Encoding.ASCII.GetString(content);
        const string Begin = "-----BEGIN CERTIFICATE-----";
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf("-----END CERTIFICATE-----", StringComparison.Ordinal);
        return start < 0 || end < start ? null : Convert.FromBase64String(text[(start + Begin.Length)..end].Trim());
    }

    private static string Cut(string text) => text.Length > SigningCertificate.SubjectMax ? text[..SigningCertificate.SubjectMax] : text;
}
