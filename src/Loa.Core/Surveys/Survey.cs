using Loa.Domain;
namespace Loa.Surveys;

/// <summary>
/// A survey or a knowledge contest a commune runs on its portal: sections of questions, published for a period,
/// answered once per person (per device, or per phone number, as its author chose). A contest scores its
/// answers and may rank its participants. Linked to a task of the plan, it counts as one activity whose
/// participants are its responses (<see cref="ActivityId"/>).
/// </summary>
public sealed class Survey : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public SurveyKind Kind { get; set; } = SurveyKind.Survey;

    public string Title { get; set; } = "";

    /// <summary>What the survey is for and how its answers are used, shown above the questions.</summary>
    public string? Intro { get; set; }

    public SurveyStatus Status { get; set; } = SurveyStatus.Draft;

    /// <summary>When answers are first accepted (UTC); set when it is published.</summary>
    public DateTime? OpensAt { get; set; }

    /// <summary>When answers stop being accepted (UTC); none: until it is closed by hand.</summary>
    public DateTime? ClosesAt { get; set; }

    public OncePer OncePer { get; set; } = OncePer.Device;

    /// <summary>Minutes a contestant has from starting to submitting (contests); none: no limit.</summary>
    public int? TimeLimitMinutes { get; set; }

    /// <summary>Whether the portal shows the results (a survey's figures, a contest's ranking).</summary>
    public bool ShowRanking { get; set; }

    /// <summary>The plan's task it is an activity of, if any.</summary>
    public int? TaskId { get; set; }

    /// <summary>The activity that counts it toward <see cref="TaskId"/> while it is published.</summary>
    public int? ActivityId { get; set; }

    public Activities.Activity? Activity { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<SurveySection> Sections { get; set; } = [];

    public List<SurveyQuestion> Questions { get; set; } = [];

    public bool IsContest => Kind == SurveyKind.Contest;

    /// <summary>Whether answers are accepted at that moment: published, its period begun and not over.</summary>
    public bool AcceptsAnswers(DateTime utcNow) =>
        Status == SurveyStatus.Open && (OpensAt is null || OpensAt <= utcNow) && (ClosesAt is null || utcNow < ClosesAt);

    /// <summary>The same rule as <see cref="AcceptsAnswers"/>, for queries.</summary>
    public static System.Linq.Expressions.Expression<Func<Survey, bool>> AcceptingAnswers(DateTime utcNow) =>
        s => s.Status == SurveyStatus.Open && (s.OpensAt == null || s.OpensAt <= utcNow) && (s.ClosesAt == null || utcNow < s.ClosesAt);

    /// <summary>Whether it has ended for the public: closed by hand or its period over.</summary>
    public bool HasEnded(DateTime utcNow) => Status == SurveyStatus.Closed || (Status == SurveyStatus.Open && ClosesAt is { } end && end <= utcNow);

    /// <summary>Whether the public may see it at all: published (open or ended), never a draft or one not begun.</summary>
    public bool IsPublic(DateTime utcNow) => Status != SurveyStatus.Draft && (OpensAt is null || OpensAt <= utcNow);
}

public enum SurveyKind
{
    Survey = 1,
    Contest = 2,
}

public enum SurveyStatus
{
    Draft = 1,
    Open = 2,
    Closed = 3,
}

/// <summary>How "once per person" is told apart.</summary>
public enum OncePer
{
    /// <summary>A random token in a cookie of the browser: no personal data, but a second browser can answer again.</summary>
    Device = 1,

    /// <summary>The phone number the person gives (stored only as a keyed hash for a survey).</summary>
    Phone = 2,
}

public static class SurveyText
{
    public static string Label(this SurveyKind kind) => kind == SurveyKind.Contest ? "Cuộc thi" : "Khảo sát";

    public static string Label(this SurveyStatus status) => status switch
    {
        SurveyStatus.Open => "Đang mở",
        SurveyStatus.Closed => "Đã kết thúc",
        _ => "Bản nháp",
    };

    public static string Label(this OncePer once) => once == OncePer.Phone
        ? "Mỗi số điện thoại một lần"
        : "Mỗi thiết bị (trình duyệt) một lần";

    public static string Label(this QuestionKind kind) => kind switch
    {
        QuestionKind.PickOne => "Chọn một",
        QuestionKind.PickMany => "Chọn nhiều",
        QuestionKind.Scale => "Thang điểm 1–5",
        _ => "Trả lời tự do",
    };
}
