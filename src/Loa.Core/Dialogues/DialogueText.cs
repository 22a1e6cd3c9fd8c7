namespace Loa.Dialogues;

public static class DialogueText
{
    public static string Label(this DialogueKind kind) => kind switch
    {
        DialogueKind.Conference => "Hội nghị",
        _ => "Đối thoại",
    };

    /// <summary>"Đối thoại giữa người đứng đầu với Nhân dân, doanh nghiệp" or "Hội nghị".</summary>
    public static string FullName(this DialogueKind kind) => kind switch
    {
        DialogueKind.Conference => "Hội nghị",
        _ => "Đối thoại giữa người đứng đầu với Nhân dân, doanh nghiệp",
    };

    public static string Label(this DialogueStatus status) => status switch
    {
        DialogueStatus.Scheduled => "Đã lên lịch",
        DialogueStatus.Announced => "Đã thông báo",
        DialogueStatus.Held => "Đã tổ chức",
        DialogueStatus.MinutesApproved => "Biên bản đã duyệt",
        DialogueStatus.Published => "Đã công khai biên bản",
        DialogueStatus.Cancelled => "Đã hủy",
        _ => status.ToString(),
    };

    public static string Css(this DialogueStatus status) => status switch
    {
        DialogueStatus.Scheduled => "draft",
        DialogueStatus.Announced => "submitted",
        DialogueStatus.Held => "ontrack",
        DialogueStatus.MinutesApproved => "approved",
        DialogueStatus.Published => "issued",
        _ => "draft",
    };

    public static string Label(this AskerKind kind) => kind == AskerKind.Business ? "Doanh nghiệp" : "Người dân";
}
