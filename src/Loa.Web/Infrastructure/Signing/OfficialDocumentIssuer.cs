using System.Security.Cryptography;
using Loa.Data;
using Loa.Documents;
using Loa.Documents.Pdf;
using Loa.Documents.Records;
using Loa.Domain;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Signing;

/// <summary>
/// Writes the document of record when a plan is issued (or a report approved): the PDF from the one converter, stored through the
/// upload store, its SHA-256 and length recorded in an <see cref="OfficialDocument"/> awaiting the leader's signature. Without
/// the PDF component nothing is written and the caller says that signing needs PDF; issuing itself is never held up.
/// </summary>
public sealed class OfficialDocumentIssuer(LoaDbContext db, IPdfConverter converter, UploadStore store, TimeProvider time)
{
    public const string NeedsPdf = "Chưa tạo được bản PDF để ký số (máy chủ chưa có thành phần xuất PDF); kế hoạch vẫn được ban hành bình thường.";

    /// <summary>The plan's document: null when written, else the Vietnamese reason why there is none.</summary>
    public async Task<string?> ForPlanAsync(int planId, string? signerAccountId, CancellationToken cancellationToken)
    {
        if (!converter.IsAvailable)
        {
            return NeedsPdf;
        }

        var plan = await db.Plans.AsNoTracking().WithEverything().FirstAsync(p => p.Id == planId, cancellationToken);
        var docx = PlanDocxWriter.Write(PlanMapper.ToDocument(plan));
        byte[] pdf;
        try
        {
            pdf = await converter.ConvertAsync(docx, cancellationToken);
        }
        catch (PdfConversionException e)
        {
            return e.Message;
        }

        var title = string.Join('\n', new[] { plan.SignerAuthority, plan.SignerDeputy, plan.SignerPosition }.Where(l => !string.IsNullOrWhiteSpace(l)));
        var document = new OfficialDocument
        {
            ProvinceId = plan.ProvinceId,
            CommuneId = plan.CommuneId,
            Kind = OfficialDocumentKind.Plan,
            SubjectId = plan.Id,
            Number = Cut(plan.Number ?? "", OfficialDocument.NumberMax),
            IssuedOn = plan.IssuedOn ?? VietnamTime.Today(time),
            Title = Cut(plan.Title, OfficialDocument.TitleMax),
            SignerName = Cut(plan.SignerName ?? "", OfficialDocument.NameMax),
            SignerTitle = Cut(title.Length > 0 ? title : "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", OfficialDocument.NameMax),
            SignerAccountId = signerAccountId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedById = db.Scope.UserId,
        };
        await AddFileAsync(document, OfficialDocumentFileRole.Main, FileName("ke-hoach", plan.Number, plan.IssuerLocality, plan.Year), pdf, cancellationToken);
        db.OfficialDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private async Task AddFileAsync(OfficialDocument document, OfficialDocumentFileRole role, string name, byte[] pdf, CancellationToken cancellationToken)
    {
        var stored = await store.WriteAsync(UploadPolicies.OfficialDocument, new MemoryStream(pdf), OfficialFiles.Owner(document), cancellationToken);
        document.Files.Add(new OfficialDocumentFile
        {
            Role = role,
            Order = document.Files.Count,
            FileName = name,
            IssuedFile = stored,
            IssuedSha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            IssuedLength = pdf.Length,
        });
    }

    private static string FileName(string kind, string? number, string locality, int year)
    {
        var words = VietnameseText.FoldWords($"{kind} {number?.Replace('/', '-') ?? ""} {locality} {year}");
        return string.Join('-', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + ".pdf";
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}

/// <summary>Where an official document's files lie in the upload store: its commune's folder, or its province's ("p" + id).</summary>
public static class OfficialFiles
{
    public static int Owner(OfficialDocument document) => document.CommuneId ?? -document.ProvinceId;

    public static string Folder(LoaPaths paths, int owner) => Path.Combine(paths.Data, "documents",
        owner >= 0 ? owner.ToString(System.Globalization.CultureInfo.InvariantCulture) : "p" + (-owner).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
