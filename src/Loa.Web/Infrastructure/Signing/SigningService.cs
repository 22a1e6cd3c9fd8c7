using System.Security.Cryptography;
using Loa.Data;
using Loa.Documents.Records;
using Loa.Signing;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Signing;

/// <summary>
/// The server's half of signing through the local agent (docs/decisions/0034): the request the page hands to the agent (one-time
/// download and upload URLs per file, the places, the signer's image), the token-authenticated download, and the upload that is
/// verified (<see cref="PadesVerifier"/>) before the signed PDF becomes the document of record.
/// </summary>
public sealed class SigningService(LoaDbContext db, UploadStore store, TimeProvider time, AuditLog audit, ILogger<SigningService> logger)
{
    /// <summary>The largest signed PDF taken.</summary>
    public const long MaxSignedBytes = 40 * 1024 * 1024;

    /// <summary>How long a download or upload token lives.</summary>
    public static readonly TimeSpan TokenLife = TimeSpan.FromMinutes(10);

    public static bool MaySign(TenantScope scope, OfficialDocument document) =>
        document.State == OfficialDocumentState.AwaitingSignature && scope.UserId is { } user && document.SignerAccountId == user;

    /// <summary>The message for the agent; <paramref name="baseUrl"/> is this site ("https://loa.example.vn").</summary>
    public async Task<AgentSignRequest> RequestAsync(OfficialDocument document, string userId, string baseUrl, CancellationToken cancellationToken)
    {
        var certificates = await db.SigningCertificates.AsNoTracking().Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var files = new List<AgentFile>();
        foreach (var file in document.Files.Where(f => f.SignedFile is null).OrderBy(f => f.Order))
        {
            var path = store.PathOf(UploadPolicies.OfficialDocument, OfficialFiles.Owner(document), file.IssuedFile);
            var pdf = await File.ReadAllBytesAsync(path, cancellationToken);
            var places = file.Role == OfficialDocumentFileRole.Main
                ? SignaturePlaces.ForMain(pdf, document.SignerTitle, document.SignerName)
                : SignaturePlaces.ForAppendix(pdf, [Stamp(document), $"Số: {document.Number}", "{time}"]);
            var download = NewToken(document, file, SigningTokenPurpose.Download, userId, now);
            var upload = NewToken(document, file, SigningTokenPurpose.Upload, userId, now);
            files.Add(new AgentFile(file.Id, file.FileName, file.Role == OfficialDocumentFileRole.Main ? "main" : "appendix", file.IssuedSha256,
                file.IssuedLength, $"{baseUrl}/signing/agent/file/{download}", $"{baseUrl}/signing/agent/upload/{upload}",
                places ?? new FilePlaces(null, null, null)));
        }

        await db.SaveChangesAsync(cancellationToken);
        var image = certificates.Select(c => c.SignatureImage).FirstOrDefault(i => i is not null);
        return new AgentSignRequest("sign", AgentProtocol.Name, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)),
            new AgentSigner(document.SignerName, document.SignerTitle, certificates.Select(c => c.Thumbprint).ToList()),
            image is null ? null : "data:image/png;base64," + image, files);
    }

    /// <summary>The issued PDF for a download token (used once), or null.</summary>
    public async Task<(byte[] Pdf, string Name)?> DownloadAsync(string token, CancellationToken cancellationToken)
    {
        if (await UseAsync(token, SigningTokenPurpose.Download, cancellationToken) is not { } found)
        {
            return null;
        }

        var (document, file) = found;
        var path = store.PathOf(UploadPolicies.OfficialDocument, OfficialFiles.Owner(document), file.IssuedFile);
        return (await File.ReadAllBytesAsync(path, cancellationToken), file.FileName);
    }

    /// <summary>Takes a signed PDF for an upload token: verified, then stored and recorded; refused with a Vietnamese reason otherwise.</summary>
    public async Task<(int Status, UploadAnswer Answer)> UploadAsync(string token, byte[] pdf, CancellationToken cancellationToken)
    {
        if (await UseAsync(token, SigningTokenPurpose.Upload, cancellationToken) is not { } found)
        {
            return (StatusCodes.Status403Forbidden, new UploadAnswer(false, "Phiên ký số đã hết hạn hoặc đã được dùng; hãy bấm “Ký số” lại trên trang văn bản."));
        }

        var (document, file) = found;
        if (document.State != OfficialDocumentState.AwaitingSignature || file.SignedFile is not null)
        {
            return (StatusCodes.Status409Conflict, new UploadAnswer(false, "Tệp này đã được ký số trước đó."));
        }

        var thumbprints = await db.SigningCertificates.AsNoTracking().Where(c => c.UserId == document.SignerAccountId).Select(c => c.Thumbprint)
            .ToListAsync(cancellationToken);
        var authorities = await db.TrustedAuthorities.AsNoTracking().Where(a => a.ProvinceId == null || a.ProvinceId == document.ProvinceId)
            .Select(a => a.Certificate).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var check = PadesVerifier.Verify(pdf, new SignatureExpectation(
            file.IssuedSha256, file.IssuedLength, thumbprints, authorities.Select(Convert.FromBase64String).ToList(), now));
        var id = document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!check.Accepted)
        {
            logger.LogInformation("Signed upload for document {Id} refused: {Reason}", document.Id, check.Refusal);
            await audit.WriteAsync("sign-refused", succeeded: false, nameof(OfficialDocument), id, $"{file.FileName}: {check.Refusal}",
                userId: document.SignerAccountId);
            return (StatusCodes.Status422UnprocessableEntity, new UploadAnswer(false, check.Refusal!));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var stored = await store.WriteAsync(UploadPolicies.OfficialDocument, new MemoryStream(pdf), OfficialFiles.Owner(document), cancellationToken);
        file.SignedFile = stored;
        file.SignedSha256 = hash;
        file.SignedAt = now;
        file.SignerSubject = Cut(check.SignerSubject ?? "", SigningCertificate.SubjectMax);
        file.SignerThumbprint = check.SignerThumbprint;
        if (document.Files.All(f => f.SignedFile is not null))
        {
            document.State = OfficialDocumentState.SignedByAll;
            document.SignedAt = now;
        }

        db.Entry(document).State = EntityState.Modified;
        try
        {
            await audit.WriteAsync("sign", succeeded: true, nameof(OfficialDocument), id,
                $"{file.FileName} sha256={hash} signer={check.SignerSubject} cert={check.SignerThumbprint}", userId: document.SignerAccountId);
        }
        catch (DbUpdateConcurrencyException)
        {
            store.Discard(UploadPolicies.OfficialDocument, OfficialFiles.Owner(document), [stored]);
            return (StatusCodes.Status409Conflict, new UploadAnswer(false, "Văn bản vừa được thay đổi; hãy ký lại."));
        }

        return (StatusCodes.Status200OK, new UploadAnswer(true, "Đã nhận bản đã ký số.", hash));
    }

    /// <summary>Marks a live token used (one conditional UPDATE, so two requests cannot both use it) and loads its document.</summary>
    private async Task<(OfficialDocument Document, OfficialDocumentFile File)?> UseAsync(
        string token, SigningTokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (token.Length is < 20 or > 100)
        {
            return null;
        }

        var hash = Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        var row = await db.SigningTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash && t.Purpose == purpose, cancellationToken);
        if (row is null || row.UsedAt is not null || row.ExpiresAt <= now)
        {
            return null;
        }

        var taken = await db.SigningTokens.Where(t => t.Id == row.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (taken != 1)
        {
            return null;
        }

        var document = await db.OfficialDocuments.IgnoreQueryFilters().Include(d => d.Files)
            .FirstOrDefaultAsync(d => d.Id == row.DocumentId, cancellationToken);
        var file = document?.Files.FirstOrDefault(f => f.Id == row.FileId);
        return document is null || file is null ? null : (document, file);
    }

    private string NewToken(OfficialDocument document, OfficialDocumentFile file, SigningTokenPurpose purpose, string userId, DateTime now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.SigningTokens.Add(new SigningToken
        {
            TokenHash = Hash(token),
            DocumentId = document.Id,
            FileId = file.Id,
            Purpose = purpose,
            UserId = userId,
            ExpiresAt = now + TokenLife,
        });
        return token;
    }

    private static string Stamp(OfficialDocument document) => document.CommuneId is null ? "UBND tỉnh" : "UBND xã";

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
