using Loa.Domain;

namespace Loa.Inspections;

/// <summary>
/// One commune's inspection of a year against its province's checklist: the commune answers the items Loa cannot
/// compute; at the visit the province's inspector freezes the computed results as they stood on the visit day, writes
/// a finding and a score per item, a conclusion and recommendations, then closes it. The record (biên bản kiểm tra) is
/// a .docx written from the frozen entries, so it never changes afterwards.
/// </summary>
public sealed class Inspection : ICommuneOwned, IAudited, IVersioned
{
    public const int PeopleMax = 1000;
    public const int TextMax = 8000;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int Year { get; set; }

    public int ChecklistId { get; set; }

    public InspectionStatus Status { get; set; } = InspectionStatus.Open;

    /// <summary>The day of the inspector's visit: the computed results are those of this day.</summary>
    public DateOnly? VisitOn { get; set; }

    /// <summary>The inspection team, one person per line ("Nguyễn Văn A – Phó Giám đốc Sở Nội vụ, Trưởng đoàn").</summary>
    public string? Inspectors { get; set; }

    /// <summary>Who received the team for the commune, one per line.</summary>
    public string? CommuneRepresentatives { get; set; }

    public string? Conclusion { get; set; }

    public string? Recommendations { get; set; }

    public DateTime? FrozenAt { get; set; }

    public string? FrozenByName { get; set; }

    public DateTime? ClosedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<InspectionEntry> Entries { get; set; } = [];

    /// <summary>The computed results are stored, no longer computed live.</summary>
    public bool IsFrozen => Status != InspectionStatus.Open;
}

/// <summary>
/// One checklist item in one inspection: the item as it was when the inspection was opened (kept when the checklist
/// changes later), the commune's answer and evidence, the computed result frozen at the visit, and the inspector's
/// finding and score.
/// </summary>
public sealed class InspectionEntry : ICommuneOwned, IAudited, IVersioned
{
    public const int ValueMax = 500;
    public const int AnswerMax = 4000;
    public const int FindingMax = 4000;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int InspectionId { get; set; }

    /// <summary>The checklist item it answers; null once the item was deleted from the checklist.</summary>
    public int? ItemId { get; set; }

    public int Order { get; set; }

    public string Title { get; set; } = "";

    public string? Guidance { get; set; }

    public decimal MaxScore { get; set; }

    public ChecklistItemKind Kind { get; set; }

    public ChecklistMeasure Measure { get; set; }

    public int? Threshold { get; set; }

    /// <summary>The commune's (or inspector's) answer to an answered item.</summary>
    public string? Answer { get; set; }

    public string? AnsweredByName { get; set; }

    public DateTime? AnsweredAt { get; set; }

    /// <summary>The computed value as frozen at the visit ("3/4 báo cáo gửi đúng hạn").</summary>
    public string? Value { get; set; }

    public ItemVerdict? Verdict { get; set; }

    /// <summary>The data behind a frozen computed value: one line each, "text" or "text\turl" (<see cref="EvidenceLine"/>).</summary>
    public List<string> Details { get; set; } = [];

    public decimal? Score { get; set; }

    /// <summary>The inspector's finding on the item.</summary>
    public string? Finding { get; set; }

    public int Version { get; set; }

    public List<InspectionFile> Files { get; set; } = [];
}

/// <summary>An evidence file attached to an answer: stored by the upload store under a random name, served to staff only.</summary>
public sealed class InspectionFile : ICommuneOwned, IAudited
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int EntryId { get; set; }

    public string FileName { get; set; } = "";

    public string StoredName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public DateTime UploadedAt { get; set; }

    public string UploadedById { get; set; } = "";
}

/// <summary>open (the commune answers) → visited (results frozen, the inspector writes the record) → closed.</summary>
public enum InspectionStatus
{
    Open = 1,
    Visited = 2,
    Closed = 3,
}

/// <summary>How an item stands.</summary>
public enum ItemVerdict
{
    /// <summary>Đạt.</summary>
    Met = 1,

    /// <summary>Chưa đạt.</summary>
    NotMet = 2,

    /// <summary>Chưa đến hạn: nothing is due yet.</summary>
    Pending = 3,

    /// <summary>Không phát sinh: nothing to judge (no feedback was due).</summary>
    NotApplicable = 4,
}
