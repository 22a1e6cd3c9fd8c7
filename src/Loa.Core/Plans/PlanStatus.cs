namespace Loa.Plans;

/// <summary>The life of a plan: draft → submitted → approved → issued; an issued plan is superseded when its amendment is issued.</summary>
public enum PlanStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Issued = 4,

    /// <summary>Issued, then replaced by an issued amending plan ("Kế hoạch điều chỉnh, bổ sung"); its text stays on record.</summary>
    Superseded = 5,
}

public static class PlanStatusText
{
    public static string Label(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Submitted => "Chờ duyệt",
        PlanStatus.Approved => "Đã duyệt",
        PlanStatus.Issued => "Đã ban hành",
        PlanStatus.Superseded => "Đã được điều chỉnh",
        _ => status.ToString(),
    };
}
