using System.Globalization;
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
        var amendments = await Loa.Plans.Amendments.AmendmentSentences.ForAsync(db, plan, cancellationToken);
        PlanPdfFiles pdf;
        try
        {
            pdf = await PlanPdf.WriteAsync(PlanMapper.ToDocument(plan), amendments, converter, cancellationToken);
        }
        catch (PdfConversionException e)
        {
            return e.Message;
        }

        var signer = new Signer { Authority = plan.SignerAuthority, Deputy = plan.SignerDeputy, Position = plan.SignerPosition, Name = plan.SignerName };
        var subject = new Subject(OfficialDocumentKind.Plan, plan.Id, plan.ProvinceId, plan.CommuneId, plan.Number, plan.IssuedOn, plan.Title);
        var appendix = pdf.Appendix is { } table
            ? (FileName("phu-luc-ke-hoach", plan.Number, plan.IssuerLocality, plan.Year), table)
            : default((string, byte[])?);
        var name = FileName("ke-hoach", plan.Number, plan.IssuerLocality, plan.Year);
        await RecordAsync(subject, signer, signerAccountId, name, pdf.Main, appendix, cancellationToken);
        return null;
    }

    /// <summary>An approved commune report's document (the report as approved, <paramref name="report"/>): null when written, else why not.</summary>
    public async Task<string?> ForReportAsync(
        Loa.Reports.CommuneReport approved, Loa.Reports.ReportDocument report, string locality, string? signerAccountId, CancellationToken cancellationToken)
    {
        if (!converter.IsAvailable)
        {
            return NeedsPdf;
        }

        byte[] pdf;
        try
        {
            pdf = await converter.ConvertAsync(ReportDocxWriter.Write(report), cancellationToken);
        }
        catch (PdfConversionException e)
        {
            return e.Message;
        }

        var subject = new Subject(OfficialDocumentKind.Report, approved.Id, approved.ProvinceId, approved.CommuneId, approved.Number, approved.IssuedOn,
            report.Title);
        await RecordAsync(subject, report.Signer, signerAccountId, FileName("bao-cao", approved.Number, locality, approved.Year), pdf, null, cancellationToken);
        return null;
    }

    private async Task RecordAsync(
        Subject subject,
        Signer signer,
        string? signerAccountId,
        string fileName,
        byte[] pdf,
        (string Name, byte[] Pdf)? appendix,
        CancellationToken cancellationToken)
    {
        var title = string.Join('\n', new[] { signer.Authority, signer.Deputy, signer.Position }.Where(l => !string.IsNullOrWhiteSpace(l)));
        var document = new OfficialDocument
        {
            ProvinceId = subject.ProvinceId,
            CommuneId = subject.CommuneId,
            Kind = subject.Kind,
            SubjectId = subject.Id,
            Number = Cut(subject.Number ?? "", OfficialDocument.NumberMax),
            IssuedOn = subject.IssuedOn ?? VietnamTime.Today(time),
            Title = Cut(subject.Title, OfficialDocument.TitleMax),
            SignerName = Cut(signer.Name ?? "", OfficialDocument.NameMax),
            SignerTitle = Cut(title.Length > 0 ? title : "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", OfficialDocument.NameMax),
            SignerAccountId = signerAccountId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedById = db.Scope.UserId,
        };
        await AddFileAsync(document, OfficialDocumentFileRole.Main, fileName, pdf, cancellationToken);
        if (appendix is { } separate)
        {
            await AddFileAsync(document, OfficialDocumentFileRole.Appendix, separate.Name, separate.Pdf, cancellationToken);
        }

        db.OfficialDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
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

    private sealed record Subject(OfficialDocumentKind Kind, int Id, int ProvinceId, int? CommuneId, string? Number, DateOnly? IssuedOn, string Title);
}

/// <summary>Where an official document's files lie in the upload store (<see cref="OfficialDocumentFolder"/>).</summary>
public static class OfficialFiles
{
    public static int Owner(OfficialDocument document) => OfficialDocumentFolder.Owner(document);

    public static string Folder(LoaPaths paths, int owner) => OfficialDocumentFolder.Of(paths.Data, owner);
}
