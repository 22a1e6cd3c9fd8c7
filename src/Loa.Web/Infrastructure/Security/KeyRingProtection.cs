using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Loa.Hosting;

namespace Loa.Web.Infrastructure.Security;

/// <summary>
/// The certificate that encrypts the Data Protection key ring where it is kept (the database): section
/// "Loa:DataProtection:Certificate" with <c>Path</c> (a PFX file) and <c>Password</c>. Every instance must use the
/// same certificate. Read once when services are registered; a certificate that cannot be used is reported by the
/// start-up checks rather than thrown here.
/// </summary>
public sealed record KeyRingProtection(string? Path, X509Certificate2? Certificate, StartupProblem? Problem)
{
    public const string Section = "Loa:DataProtection:Certificate";

    public static KeyRingProtection Load(IConfiguration configuration)
    {
        var path = configuration[Section + ":Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return new KeyRingProtection(null, null, null);
        }

        if (!File.Exists(path))
        {
            return new KeyRingProtection(path, null, new($"không tìm thấy tệp {path}", $"the file {path} does not exist"));
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[Section + ":Password"]);
            using var key = certificate.GetRSAPrivateKey();
            return key is null
                ? new KeyRingProtection(path, null, new($"chứng thư trong {path} không có khóa riêng RSA", $"the certificate in {path} has no RSA private key"))
                : new KeyRingProtection(path, certificate, null);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            return new KeyRingProtection(path, null, new(
                $"không mở được {path} (sai mật khẩu, hoặc không phải tệp PFX): {e.Message}",
                $"{path} could not be opened (wrong password, or not a PFX file): {e.Message}"));
        }
    }
}
