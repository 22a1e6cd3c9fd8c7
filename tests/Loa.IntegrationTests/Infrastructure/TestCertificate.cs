using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// A self-signed certificate made when the tests run, never committed: it protects the test apps' key ring (as
/// <c>Loa:DataProtection:Certificate</c> does in production) and serves TLS at the test proxy. Its files (PFX with a
/// random password, PEM certificate and key) live in a temporary folder removed when the test run ends.
/// </summary>
public static class TestCertificate
{
    private static readonly Lazy<Files> Made = new(Make);

    public static X509Certificate2 Certificate => Made.Value.Certificate;

    public static string PfxPath => Made.Value.PfxPath;

    public static string PfxPassword => Made.Value.Password;

    public static string CertificatePemPath => Made.Value.CertificatePem;

    public static string KeyPemPath => Made.Value.KeyPem;

    private static Files Make()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=loa.test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DigitalSignature, critical: false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("loa.test");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

        var folder = Directory.CreateTempSubdirectory("loa-test-cert-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var pfx = created.Export(X509ContentType.Pfx, password);
        var files = new Files(
            X509CertificateLoader.LoadPkcs12(pfx, password),
            Path.Combine(folder, "key-ring.pfx"),
            password,
            Path.Combine(folder, "tls.crt"),
            Path.Combine(folder, "tls.key"));
        File.WriteAllBytes(files.PfxPath, pfx);
        File.WriteAllText(files.CertificatePem, created.ExportCertificatePem());
        File.WriteAllText(files.KeyPem, rsa.ExportPkcs8PrivateKeyPem());
        return files;
    }

    private sealed record Files(X509Certificate2 Certificate, string PfxPath, string Password, string CertificatePem, string KeyPem);
}
