namespace Loa.Inspections;

/// <summary>The words people see for the checklist's kinds, measures, verdicts and an inspection's state.</summary>
public static class InspectionText
{
    public static readonly IReadOnlyList<ChecklistMeasure> Measures =
    [
        ChecklistMeasure.PlanOnTime, ChecklistMeasure.ReportsOnTime, ChecklistMeasure.TasksCompleted,
        ChecklistMeasure.ChannelsUsed, ChecklistMeasure.PortalUpToDate, ChecklistMeasure.FeedbackInTime,
    ];

    public static string Label(this ChecklistItemKind kind) => kind switch
    {
        ChecklistItemKind.Computed => "Loa tự tính",
        _ => "Xã trả lời, kèm minh chứng",
    };

    public static string Label(this ChecklistMeasure measure) => measure switch
    {
        ChecklistMeasure.PlanOnTime => "Kế hoạch ban hành đúng hạn",
        ChecklistMeasure.ReportsOnTime => "Báo cáo định kỳ gửi đúng hạn",
        ChecklistMeasure.ChannelsUsed => "Số hình thức tuyên truyền có hoạt động",
        ChecklistMeasure.PortalUpToDate => "Chuyên mục trên cổng cập nhật trong số ngày",
        ChecklistMeasure.FeedbackInTime => "Tỷ lệ phản ánh, kiến nghị trả lời đúng hạn",
        ChecklistMeasure.TasksCompleted => "Tỷ lệ nhiệm vụ hoàn thành",
        _ => "",
    };

    /// <summary>What the bar means for a measure: "ít nhất 4 hình thức", "trong 30 ngày", "ít nhất 80%".</summary>
    public static string Bar(ChecklistMeasure measure, int? threshold)
    {
        var value = threshold ?? ChecklistMeasures.DefaultThreshold(measure);
        return measure switch
        {
            ChecklistMeasure.ChannelsUsed => $"ít nhất {value} hình thức",
            ChecklistMeasure.PortalUpToDate => $"trong {value} ngày",
            ChecklistMeasure.FeedbackInTime or ChecklistMeasure.TasksCompleted => $"ít nhất {value}%",
            ChecklistMeasure.PlanOnTime => "theo hạn tỉnh quy định",
            ChecklistMeasure.ReportsOnTime => "theo lịch báo cáo",
            _ => "",
        };
    }

    /// <summary>What the bar of a measure counts, for the form's label; null when it takes none.</summary>
    public static string? BarUnit(ChecklistMeasure measure) => measure switch
    {
        ChecklistMeasure.ChannelsUsed => "hình thức",
        ChecklistMeasure.PortalUpToDate => "ngày",
        ChecklistMeasure.FeedbackInTime or ChecklistMeasure.TasksCompleted => "%",
        _ => null,
    };

    public static string Label(this ItemVerdict verdict) => verdict switch
    {
        ItemVerdict.Met => "Đạt",
        ItemVerdict.NotMet => "Chưa đạt",
        ItemVerdict.Pending => "Chưa đến hạn",
        _ => "Không phát sinh",
    };

    public static string Css(this ItemVerdict verdict) => verdict switch
    {
        ItemVerdict.Met => "issued",
        ItemVerdict.NotMet => "overdue",
        ItemVerdict.Pending => "submitted",
        _ => "draft",
    };

    public static string Label(this InspectionStatus status) => status switch
    {
        InspectionStatus.Open => "Xã đang tự đánh giá",
        InspectionStatus.Visited => "Đã kiểm tra, đang lập biên bản",
        _ => "Đã hoàn thành biên bản",
    };

    public static string Css(this InspectionStatus status) => status switch
    {
        InspectionStatus.Open => "submitted",
        InspectionStatus.Visited => "approved",
        _ => "issued",
    };

    /// <summary>A score the Vietnamese way: "10", "7,5".</summary>
    public static string Score(decimal score) => score.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
