using System.Security.Cryptography;
using Loa.Demo.Signing;
using Loa.Documents.Records;
using Loa.IntegrationTests.Infrastructure;
using Loa.Signing;
using Loa.Web.Infrastructure.Signing;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Loa.IntegrationTests.Signing;

/// <summary>
/// Signing arranged behind the app's back: the test CA (made once) trusted, a leader's certificate registered, and an issued
/// official document with a small PDF (the signature block "CHU TICH" / the leader's name) as the issuing page would store it.
/// </summary>
internal static class SigningData
{
    public const string Title = "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH";
    public const string Name = "Nguyen Van An";

    private static readonly Lazy<(TestAuthority Authority, TestIdentity Leader, TestIdentity Colleague)> Keys = new(() =>
    {
        var from = LoaAppFactory.Now.UtcDateTime.AddYears(-1);
        var authority = TestAuthority.Create("Loa Integration Test CA", from);
        return (authority, authority.Issue(Name, now: from), authority.Issue("Tran Thi Binh", now: from));
    });

    public static TestIdentity Leader => Keys.Value.Leader;

    public static TestIdentity Colleague => Keys.Value.Colleague;

    /// <summary>Trusts the test CA (once per database) and registers <paramref name="identity"/> for <paramref name="userId"/>.</summary>
    public static async Task RegisterAsync(LoaAppFactory app, string userId, TestIdentity identity)
    {
        await using var db = app.SystemDb();
        var ca = Keys.Value.Authority;
        var caThumbprint = Convert.ToHexStringLower(SHA256.HashData(ca.CertificateDer));
        if (!await db.TrustedAuthorities.AnyAsync(a => a.Thumbprint == caThumbprint))
        {
            db.TrustedAuthorities.Add(new TrustedAuthority
            {
                Name = ca.Certificate.SubjectDN.ToString(),
                Thumbprint = caThumbprint,
                Certificate = Convert.ToBase64String(ca.CertificateDer),
                NotAfter = ca.Certificate.NotAfter.ToUniversalTime(),
                AddedAt = DateTime.UtcNow,
            });
        }

        if (!await db.SigningCertificates.AnyAsync(c => c.UserId == userId && c.Thumbprint == identity.Thumbprint))
        {
            db.SigningCertificates.Add(new SigningCertificate
            {
                UserId = userId,
                Subject = identity.Certificate.SubjectDN.ToString(),
                Issuer = identity.Certificate.IssuerDN.ToString(),
                Thumbprint = identity.Thumbprint,
                Certificate = Convert.ToBase64String(identity.CertificateDer),
                NotAfter = identity.Certificate.NotAfter.ToUniversalTime(),
                AddedAt = DateTime.UtcNow,
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>An issued plan document of the scenario's commune awaiting its leader's signature (certificate registered).</summary>
    public static async Task<OfficialDocument> IssueAsync(LoaAppFactory app, Scenario scenario)
    {
        await RegisterAsync(app, scenario.Leader.Id, Leader);
        var pdf = Pdf();
        var document = new OfficialDocument
        {
            ProvinceId = scenario.Commune.ProvinceId,
            CommuneId = scenario.Commune.Id,
            Kind = OfficialDocumentKind.Plan,
            SubjectId = scenario.Plan.Id,
            Number = "07/KH-UBND",
            IssuedOn = new DateOnly(2026, 3, 2),
            Title = scenario.Plan.Title,
            SignerName = Name,
            SignerTitle = Title,
            SignerAccountId = scenario.Leader.Id,
            CreatedAt = DateTime.UtcNow,
        };
        var store = app.Services.GetRequiredService<UploadStore>();
        var stored = await store.WriteAsync(UploadPolicies.OfficialDocument, new MemoryStream(pdf), OfficialFiles.Owner(document), CancellationToken.None);
        document.Files.Add(new OfficialDocumentFile
        {
            Role = OfficialDocumentFileRole.Main,
            FileName = "ke-hoach-07-kh-ubnd.pdf",
            IssuedFile = stored,
            IssuedSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            IssuedLength = pdf.Length,
        });
        await using var db = app.SystemDb();
        db.OfficialDocuments.Add(document);
        await db.SaveChangesAsync();
        return document;
    }

    private static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("KE HOACH thong tin tuyen truyen CCHC", 13, new PdfPoint(85, 760), bold);
        page.AddText("Noi dung " + Guid.NewGuid().ToString("N"), 13, new PdfPoint(85, 700), font);
        page.AddText("TM. UY BAN NHAN DAN", 14, new PdfPoint(340, 400), bold);
        page.AddText("CHU TICH", 14, new PdfPoint(380, 384), bold);
        page.AddText(Name, 14, new PdfPoint(370, 290), bold);
        return builder.Build();
    }
}
