using Loa.Domain;
namespace Loa.Feedbacks;

/// <summary>
/// A citizen's feedback or recommendation (phản ánh, kiến nghị, Nghị định 20/2008/NĐ-CP) sent through the commune's
/// portal: who sent it (name, address, phone are required by art. 7; e-mail optional), what it says, and where it is
/// in the commune's handling (<see cref="FeedbackStatus"/>). The citizen follows it with a tracking code of which
/// only a hash is kept. Personal data never leaves the back office; the public sees only the public version of the
/// question and the approved answer. Closed feedback is anonymised after the retention period.
/// </summary>
public sealed class Feedback : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    /// <summary>The number staff and citizens use: 1, 2, 3… within the commune, in the order received ("Phản ánh số 9").</summary>
    public int Number { get; set; }

    /// <summary>SHA-256 (hex) of the tracking code in its canonical form (<see cref="TrackingCode.Hash"/>); the code itself is never stored.</summary>
    public string TrackingHash { get; set; } = "";

    public FeedbackCategory Category { get; set; }

    public string Subject { get; set; } = "";

    public string Content { get; set; } = "";

    /// <summary>The sender's name, address and phone (required when sent; removed by anonymisation).</summary>
    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    /// <summary>When the sender ticked the consent to the processing of their personal data.</summary>
    public DateTime ConsentAt { get; set; }

    /// <summary>When the sender ticked "Nhận trả lời qua Zalo/SMS": only then is the answer's notice sent to <see cref="Phone"/>.</summary>
    public DateTime? PhoneMessagesConsentAt { get; set; }

    public FeedbackStatus Status { get; set; }

    public DateTime ReceivedAt { get; set; }

    /// <summary>The processing deadline (<see cref="FeedbackDeadline"/>).</summary>
    public DateOnly DueOn { get; set; }

    public int? AssignedUnitId { get; set; }

    public DateTime? AssignedAt { get; set; }

    public string? AssignedById { get; set; }

    /// <summary>Why the coordinator or leader sent the answer back to the unit.</summary>
    public string? ReturnComment { get; set; }

    public string? Answer { get; set; }

    public DateTime? AnsweredAt { get; set; }

    public string? AnsweredById { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedById { get; set; }

    /// <summary>The title and question as shown on the portal: edited by staff to hold no personal details.</summary>
    public string? PublicSubject { get; set; }

    public string? PublicQuestion { get; set; }

    public DateTime? PublishedAt { get; set; }

    /// <summary>Why it is not handled as feedback (a complaint, a denunciation, not feedback at all).</summary>
    public RejectionKind? RejectionKind { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>When it was closed (published or rejected): the retention period runs from here.</summary>
    public DateTime? ClosedAt { get; set; }

    public DateTime? AnonymisedAt { get; set; }

    public int Version { get; set; }

    public List<FeedbackAttachment> Attachments { get; set; } = [];

    /// <summary>Still waiting for the commune: its deadline counts.</summary>
    public bool IsOpen => Status is FeedbackStatus.Received or FeedbackStatus.Assigned or FeedbackStatus.Answered;

    /// <summary>The same rule as <see cref="IsOpen"/>, for queries.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Feedback, bool>> Open =
        f => f.Status == FeedbackStatus.Received || f.Status == FeedbackStatus.Assigned || f.Status == FeedbackStatus.Answered;

    public bool IsOverdue(DateOnly today) => IsOpen && today > DueOn;

    /// <summary>Open, not overdue, and due within <paramref name="workingDays"/> working days.</summary>
    public bool IsDueSoon(DateOnly today, int workingDays = 2) => IsOpen && today <= DueOn && FeedbackDeadline.AddWorkingDays(today, workingDays) >= DueOn;
}

/// <summary>An image or PDF the sender attached: stored under a random name outside the web root, shown to staff only, never public.</summary>
public sealed class FeedbackAttachment : ICommuneOwned, IAudited
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int FeedbackId { get; set; }

    public string FileName { get; set; } = "";

    public string StoredName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }
}

/// <summary>received → assigned to a unit → answered → approved → published; or rejected as not feedback.</summary>
public enum FeedbackStatus
{
    Received = 0,
    Assigned = 1,
    Answered = 2,
    Approved = 3,
    Published = 4,
    Rejected = 5,
}

public enum FeedbackCategory
{
    AdministrativeProcedure = 0,
    StaffConduct = 1,
    Regulation = 2,
    OnlineService = 3,
    Infrastructure = 4,
    Other = 9,
}

/// <summary>Why a message is not handled as feedback: complaints and denunciations have their own procedures.</summary>
public enum RejectionKind
{
    Complaint = 0,
    Denunciation = 1,
    NotFeedback = 2,
}

public static class FeedbackText
{
    public static string Label(this FeedbackStatus status) => status switch
    {
        FeedbackStatus.Received => "Mới tiếp nhận",
        FeedbackStatus.Assigned => "Đã giao đơn vị xử lý",
        FeedbackStatus.Answered => "Đã có dự thảo trả lời, chờ duyệt",
        FeedbackStatus.Approved => "Đã có kết quả trả lời",
        FeedbackStatus.Published => "Đã trả lời và công khai",
        FeedbackStatus.Rejected => "Không xử lý là phản ánh, kiến nghị",
        _ => status.ToString(),
    };

    /// <summary>What the citizen is told on the look-up page: no internal step names.</summary>
    public static string PublicLabel(this FeedbackStatus status) => status switch
    {
        FeedbackStatus.Received => "Đã tiếp nhận, đang phân loại",
        FeedbackStatus.Assigned or FeedbackStatus.Answered => "Đang xem xét, xử lý",
        FeedbackStatus.Approved => "Đã có kết quả trả lời",
        FeedbackStatus.Published => "Đã có kết quả trả lời (đã công khai trên cổng)",
        FeedbackStatus.Rejected => "Không xử lý theo thủ tục phản ánh, kiến nghị",
        _ => status.ToString(),
    };

    public static string Css(this FeedbackStatus status) => status switch
    {
        FeedbackStatus.Received => "submitted",
        FeedbackStatus.Assigned => "ontrack",
        FeedbackStatus.Answered => "approved",
        FeedbackStatus.Approved or FeedbackStatus.Published => "issued",
        _ => "draft",
    };

    public static string Label(this FeedbackCategory category) => category switch
    {
        FeedbackCategory.AdministrativeProcedure => "Thủ tục hành chính",
        FeedbackCategory.StaffConduct => "Thái độ, tác phong của cán bộ, công chức",
        FeedbackCategory.Regulation => "Quy định hành chính",
        FeedbackCategory.OnlineService => "Dịch vụ công trực tuyến",
        FeedbackCategory.Infrastructure => "Hạ tầng, môi trường, trật tự đô thị",
        _ => "Nội dung khác",
    };

    public static string Label(this RejectionKind kind) => kind switch
    {
        RejectionKind.Complaint => "Là khiếu nại",
        RejectionKind.Denunciation => "Là tố cáo",
        _ => "Không phải phản ánh, kiến nghị",
    };
}
