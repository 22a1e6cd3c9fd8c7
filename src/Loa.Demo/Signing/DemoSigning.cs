using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Signing;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo.Signing;

/// <summary>
/// Makes signing work in the demo: a test CA ("Loa Test CA") and a certificate for each demo commune's leader, written under the
/// data folder (test-signing/: ca.crt, ca.key, {user}.crt, {user}.key — never in the repository), the CA trusted and each leader's
/// certificate registered. The test signer (tools/Loa.TestSigner) signs with these files.
/// </summary>
public static class DemoSigning
{
    public const string FolderName = "test-signing";

    public static async Task SeedAsync(LoaDbContext db, string dataFolder, DateTime now, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(dataFolder, FolderName);
        var authority = File.Exists(Path.Combine(folder, "ca.crt")) ? TestAuthority.Load(folder) : Created(folder, now);
        var caThumbprint = Thumbprint(authority.CertificateDer);
        if (!await db.TrustedAuthorities.AnyAsync(a => a.Thumbprint == caThumbprint, cancellationToken))
        {
            db.TrustedAuthorities.Add(new TrustedAuthority
            {
                Name = authority.Certificate.SubjectDN.ToString(),
                Thumbprint = caThumbprint,
                Certificate = Convert.ToBase64String(authority.CertificateDer),
                NotAfter = authority.Certificate.NotAfter.ToUniversalTime(),
                AddedAt = now,
            });
        }

        var names = DemoData.Communes.Select(c => c.UserName("lanhdao")).ToList();
        var leaders = await db.Users.Where(u => u.IsDemo && u.Role == UserRole.Leader && names.Contains(u.UserName!)).ToListAsync(cancellationToken);
        foreach (var leader in leaders)
        {
            var name = leader.UserName!;
            var identity = File.Exists(Path.Combine(folder, name + ".crt"))
                ? authority.LoadIdentity(folder, name)
                : Issued(authority, folder, name, leader.FullName, now);
            if (!await db.SigningCertificates.AnyAsync(c => c.UserId == leader.Id && c.Thumbprint == identity.Thumbprint, cancellationToken))
            {
                db.SigningCertificates.Add(new SigningCertificate
                {
                    UserId = leader.Id,
                    Subject = identity.Certificate.SubjectDN.ToString(),
                    Issuer = identity.Certificate.IssuerDN.ToString(),
                    Thumbprint = identity.Thumbprint,
                    Certificate = Convert.ToBase64String(identity.CertificateDer),
                    NotAfter = identity.Certificate.NotAfter.ToUniversalTime(),
                    AddedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static TestAuthority Created(string folder, DateTime now)
    {
        var authority = TestAuthority.Create(now: now);
        authority.Save(folder);
        return authority;
    }

    private static TestIdentity Issued(TestAuthority authority, string folder, string name, string fullName, DateTime now)
    {
        var identity = authority.Issue(Loa.Text.VietnameseText.Nfc(fullName), "UBND", now);
        TestAuthority.Save(identity, folder, name);
        return identity;
    }

    private static string Thumbprint(byte[] der) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(der));
}
