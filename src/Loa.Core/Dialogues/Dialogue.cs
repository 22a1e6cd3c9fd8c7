using Loa.Domain;

namespace Loa.Dialogues;

/// <summary>
/// A dialogue between the commune's leader and its people or businesses (đối thoại), or a conference (hội nghị), held for
/// one key task of the commune's plan: scheduled and announced on the portal, where questions are sent beforehand; held;
/// then its minutes (biên bản: attendance, photos, the answers given, the conclusion) are recorded by the coordinator,
/// approved by the leader and published on the portal. While it is held it counts as one activity of its task, whose
/// reach is the attendance (<see cref="ActivityId"/>).
/// </summary>
public sealed class Dialogue : ICommuneOwned, IAudited, IVersioned
{
    public const int SubjectMax = 300;
    public const int DescriptionMax = 4000;
    public const int PlaceMax = 300;
    public const int LinkMax = 500;
    public const int NameMax = 200;
    public const int ConclusionMax = 20000;
    public const int ReasonMax = 1000;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public DialogueKind Kind { get; set; }

    public string Subject { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>When it begins (UTC).</summary>
    public DateTime StartsAt { get; set; }

    /// <summary>Where it is held ("Hội trường UBND phường"), or null when only online.</summary>
    public string? Place { get; set; }

    /// <summary>The online meeting's address (https), if any.</summary>
    public string? OnlineLink { get; set; }

    /// <summary>The leader's account who chairs it.</summary>
    public string ChairId { get; set; } = "";

    /// <summary>The chair's name and title as shown on the portal and in the minutes ("Nguyễn Văn A, Chủ tịch UBND phường").</summary>
    public string ChairName { get; set; } = "";

    /// <summary>The key task of the commune's plan it serves (required when scheduled; null if the task was later removed from the plan).</summary>
    public int? TaskId { get; set; }

    public DialogueStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedById { get; set; } = "";

    public DateTime? AnnouncedAt { get; set; }

    public DateTime? HeldAt { get; set; }

    public DateTime? CancelledAt { get; set; }

    public string? CancelReason { get; set; }

    /// <summary>Everyone present.</summary>
    public int? Attendance { get; set; }

    /// <summary>Of whom citizens.</summary>
    public int? CitizenAttendance { get; set; }

    /// <summary>Of whom representatives of businesses.</summary>
    public int? BusinessAttendance { get; set; }

    public string? Conclusion { get; set; }

    public DateTime? MinutesRecordedAt { get; set; }

    public string? MinutesRecordedById { get; set; }

    public DateTime? MinutesApprovedAt { get; set; }

    public string? MinutesApprovedById { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>The activity it counts as on its task (kept in step by <see cref="DialogueActivities"/>).</summary>
    public int? ActivityId { get; set; }

    public Activities.Activity? Activity { get; set; }

    public int Version { get; set; }

    public List<DialogueQuestion> Questions { get; set; } = [];

    public List<DialogueQuestionGroup> Groups { get; set; } = [];

    public List<DialoguePhoto> Photos { get; set; } = [];

    /// <summary>Whether the minutes hold what approval needs: the attendance and the conclusion.</summary>
    public bool HasMinutes => Attendance is not null && !string.IsNullOrWhiteSpace(Conclusion);

    /// <summary>Shown on the portal: announced and not cancelled.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Dialogue, bool>> OnPortal = d =>
        d.Status == DialogueStatus.Announced || d.Status == DialogueStatus.Held
        || d.Status == DialogueStatus.MinutesApproved || d.Status == DialogueStatus.Published;

    /// <summary>Whether the portal takes questions now: announced, and it has not begun.</summary>
    public bool TakesQuestions(DateTime utcNow) => Status == DialogueStatus.Announced && utcNow < StartsAt;
}

public enum DialogueKind
{
    /// <summary>Đối thoại giữa người đứng đầu với Nhân dân, doanh nghiệp.</summary>
    Dialogue = 1,

    /// <summary>Hội nghị.</summary>
    Conference = 2,
}

/// <summary>scheduled → announced → held → minutes approved → published; or cancelled before it is held.</summary>
public enum DialogueStatus
{
    Scheduled = 0,
    Announced = 1,
    Held = 2,
    MinutesApproved = 3,
    Published = 4,
    Cancelled = 5,
}

/// <summary>Who asks: a citizen or a business.</summary>
public enum AskerKind
{
    Citizen = 1,
    Business = 2,
}

/// <summary>A question sent on the portal before the event, with the asker's details (staff only, never public).</summary>
public sealed class DialogueQuestion : ICommuneOwned, IAudited
{
    public const int ContentMax = 2000;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int DialogueId { get; set; }

    /// <summary>1, 2, 3… within the dialogue, in the order received: the receipt's number.</summary>
    public int Number { get; set; }

    public AskerKind AskerKind { get; set; }

    /// <summary>The asker's name, the business's name, address, phone, e-mail: removed once the question becomes feedback or after retention.</summary>
    public string? Name { get; set; }

    public string? Organisation { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string Content { get; set; } = "";

    /// <summary>When the asker ticked the consent to the processing of their personal data.</summary>
    public DateTime ConsentAt { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>The topic it was grouped under (at most one).</summary>
    public int? GroupId { get; set; }

    /// <summary>The feedback it became when it needs follow-up (its contact details then live only there).</summary>
    public int? FeedbackId { get; set; }

    public Feedbacks.Feedback? Feedback { get; set; }

    public DateTime? AnonymisedAt { get; set; }
}

/// <summary>A topic the staff group questions under: its title, who answers (a unit or a person) and the answer given.</summary>
public sealed class DialogueQuestionGroup : ICommuneOwned, IAudited
{
    public const int TitleMax = 300;
    public const int AnswerMax = 8000;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int DialogueId { get; set; }

    public int Order { get; set; }

    public string Title { get; set; } = "";

    public int? AnswerUnitId { get; set; }

    /// <summary>The person who answers, as written ("Ông Trần Văn B, Trưởng Phòng Kinh tế").</summary>
    public string? AnswerPerson { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }
}

/// <summary>A photo of the event for its minutes: cleaned (upright, no EXIF/GPS) as evidence photos are, with a thumbnail.</summary>
public sealed class DialoguePhoto : ICommuneOwned, IAudited
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int DialogueId { get; set; }

    public string FileName { get; set; } = "";

    public string StoredName { get; set; } = "";

    public string? ThumbnailName { get; set; }

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public DateTime UploadedAt { get; set; }
}
