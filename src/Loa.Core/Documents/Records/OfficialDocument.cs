using Loa.Domain;

namespace Loa.Documents.Records;

/// <summary>
/// A document a commune (or a province) issues: a plan, a report, an inspection record, the minutes of a dialogue. It is
/// written once as PDF when it is issued (its files and their SHA-256 are kept), then signed; the signed PDF becomes
/// the document of record, shown, downloaded and sent through the document exchange.
/// </summary>
public sealed class OfficialDocument : ICommuneOwned, IAudited, IVersioned
{
    public const int NumberMax = 50;
    public const int TitleMax = 500;
    public const int NameMax = 200;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    /// <summary>The issuing commune; null for a province's own document.</summary>
    public int? CommuneId { get; set; }

    public OfficialDocumentKind Kind { get; set; }

    /// <summary>The id of what it was written from: the plan, the report, the inspection, the dialogue (per <see cref="Kind"/>).</summary>
    public int SubjectId { get; set; }

    /// <summary>Số, ký hiệu: "12/KH-UBND".</summary>
    public string Number { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    /// <summary>Trích yếu: what the document is about.</summary>
    public string Title { get; set; } = "";

    /// <summary>Who signs, as printed under the signature ("Nguyễn Văn A").</summary>
    public string SignerName { get; set; } = "";

    /// <summary>The signer's title as printed ("CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").</summary>
    public string SignerTitle { get; set; } = "";

    /// <summary>The account expected to sign; the signature is checked against the certificates this account registered.</summary>
    public string? SignerAccountId { get; set; }

    public OfficialDocumentState State { get; set; } = OfficialDocumentState.AwaitingSignature;

    public DateTime CreatedAt { get; set; }

    public string? CreatedById { get; set; }

    public DateTime? SignedAt { get; set; }

    public int Version { get; set; }

    /// <summary>The main document first, then its appendices as separate files.</summary>
    public List<OfficialDocumentFile> Files { get; set; } = [];
}

/// <summary>One PDF of an official document: as Loa wrote it at issue, and once signed, as it came back signed.</summary>
public sealed class OfficialDocumentFile
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public OfficialDocumentFileRole Role { get; set; }

    public int Order { get; set; }

    /// <summary>The name given on download ("KH-12-2026-UBND-xa-Phuoc-Tan.pdf").</summary>
    public string FileName { get; set; } = "";

    /// <summary>Stored name of the PDF Loa wrote at issue (in the upload store).</summary>
    public string IssuedFile { get; set; } = "";

    /// <summary>SHA-256 of the issued PDF, lower-case hex: a signed PDF must be this document and nothing else.</summary>
    public string IssuedSha256 { get; set; } = "";

    public long IssuedLength { get; set; }

    public string? SignedFile { get; set; }

    public string? SignedSha256 { get; set; }

    public DateTime? SignedAt { get; set; }

    /// <summary>The subject of the certificate that signed (for the record and the page).</summary>
    public string? SignerSubject { get; set; }

    /// <summary>SHA-256 thumbprint of the signing certificate, lower-case hex.</summary>
    public string? SignerThumbprint { get; set; }
}

public enum OfficialDocumentKind
{
    Plan = 1,
    Report = 2,
    InspectionRecord = 3,
    DialogueMinutes = 4,
}

public enum OfficialDocumentState
{
    AwaitingSignature = 1,

    /// <summary>Every file carries the signatures it needs; the signed PDFs are the documents of record.</summary>
    SignedByAll = 2,
}

public enum OfficialDocumentFileRole
{
    Main = 1,
    Appendix = 2,
}
