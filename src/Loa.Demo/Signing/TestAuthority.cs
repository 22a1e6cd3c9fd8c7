using System.Security.Cryptography;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.OpenSsl;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Loa.Demo.Signing;

/// <summary>A certificate with its private key: what a USB token holds for one person (only ever for tests and the demo).</summary>
public sealed record TestIdentity(X509Certificate Certificate, AsymmetricKeyParameter PrivateKey, X509Certificate Issuer)
{
    public byte[] CertificateDer => Certificate.GetEncoded();

    public string Thumbprint => Convert.ToHexStringLower(SHA256.HashData(CertificateDer));
}

/// <summary>
/// A self-made certificate authority for tests and the demo ("Loa Test CA"): RSA 2048, SHA-256, its leaves are people who sign.
/// Never trusted outside the demo; its private keys live in the data folder (or in memory in tests), never in the repository.
/// </summary>
public sealed class TestAuthority
{
    private static readonly SecureRandom Random = new();

    private TestAuthority(X509Certificate certificate, AsymmetricKeyParameter privateKey)
    {
        Certificate = certificate;
        PrivateKey = privateKey;
    }

    public X509Certificate Certificate { get; }

    public AsymmetricKeyParameter PrivateKey { get; }

    public byte[] CertificateDer => Certificate.GetEncoded();

    public static TestAuthority Create(string name = "Loa Test CA", DateTime? now = null)
    {
        var keys = NewKeys();
        var start = (now ?? DateTime.UtcNow).AddDays(-1);
        var subject = new X509Name($"CN={name}, O=Loa, C=VN");
        var generator = Generator(subject, subject, keys.Public, start, start.AddYears(10));
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(true));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign));
        return new TestAuthority(generator.Generate(new Asn1SignatureFactory("SHA256WITHRSA", keys.Private)), keys.Private);
    }

    /// <summary>A person's certificate, valid from yesterday for <paramref name="years"/> years (or already expired when negative).</summary>
    public TestIdentity Issue(string commonName, string organisation = "UBND", DateTime? now = null, int years = 3)
    {
        var keys = NewKeys();
        var start = (now ?? DateTime.UtcNow).AddDays(-1);
        var (from, to) = years > 0 ? (start, start.AddYears(years)) : (start.AddYears(years - 1), start.AddYears(years));
        var subject = new X509Name(
            [X509Name.CN, X509Name.O, X509Name.C],
            new[] { commonName, organisation, "VN" });
        var generator = Generator(Certificate.SubjectDN, subject, keys.Public, from, to);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.NonRepudiation));
        var certificate = generator.Generate(new Asn1SignatureFactory("SHA256WITHRSA", PrivateKey));
        return new TestIdentity(certificate, keys.Private, Certificate);
    }

    /// <summary>Writes the CA as ca.crt and ca.key (PEM) in <paramref name="folder"/>.</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ca.crt"), Pem(Certificate));
        File.WriteAllText(Path.Combine(folder, "ca.key"), Pem(PrivateKey));
    }

    public static TestAuthority Load(string folder) => new(
        ReadPem<X509Certificate>(Path.Combine(folder, "ca.crt")),
        ReadPem<AsymmetricCipherKeyPair>(Path.Combine(folder, "ca.key")).Private);

    /// <summary>Writes a person as {name}.crt and {name}.key (PEM).</summary>
    public static void Save(TestIdentity identity, string folder, string name)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".crt"), Pem(identity.Certificate));
        File.WriteAllText(Path.Combine(folder, name + ".key"), Pem(identity.PrivateKey));
    }

    public TestIdentity LoadIdentity(string folder, string name) => new(
        ReadPem<X509Certificate>(Path.Combine(folder, name + ".crt")),
        ReadPem<AsymmetricCipherKeyPair>(Path.Combine(folder, name + ".key")).Private,
        Certificate);

    private static X509V3CertificateGenerator Generator(X509Name issuer, X509Name subject, AsymmetricKeyParameter key, DateTime from, DateTime to)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(1, RandomNumberGenerator.GetBytes(16)));
        generator.SetIssuerDN(issuer);
        generator.SetSubjectDN(subject);
        generator.SetNotBefore(from);
        generator.SetNotAfter(to);
        generator.SetPublicKey(key);
        return generator;
    }

    private static AsymmetricCipherKeyPair NewKeys()
    {
        var generator = new RsaKeyPairGenerator();
        generator.Init(new KeyGenerationParameters(Random, 2048));
        return generator.GenerateKeyPair();
    }

    private static string Pem(object value)
    {
        using var text = new StringWriter();
        using (var writer = new PemWriter(text))
        {
            writer.WriteObject(value);
        }

        return text.ToString();
    }

    private static T ReadPem<T>(string path)
    {
        using var text = File.OpenText(path);
        return (T)new PemReader(text).ReadObject();
    }
}
