using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Loa.Web.Infrastructure.Security;

/// <summary>
/// The certificate that encrypts the Data Protection key ring where it is kept (the database): section
/// "Loa:DataProtection:Certificate" with <c>Path</c> (a PFX file) and <c>Password</c>. Every instance must use the
/// same certificate. Read once when services are registered; a certificate that cannot be used is reported by the
/// start-up checks rather than thrown here.
/// </summary>
public sealed record KeyRingProtection(string? Path, X509Certificate2? Certificate, string? Problem)
{
    public const string Section = "Loa:DataProtection:Certificate";

    public static KeyRingProtection Load(IConfiguration configuration)
    {
        var path = configuration[Section + ":Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return new KeyRingProtection(null, null, null);
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[Section + ":Password"]);
            using var key = certificate.GetRSAPrivateKey();
            return key is null
                ? new KeyRingProtection(path, null, $"{path}: no RSA private key / không có khóa riêng RSA")
                : new KeyRingProtection(path, certificate, null);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return new KeyRingProtection(path, null, $"{path}: {e.Message}");
        }
    }
}
