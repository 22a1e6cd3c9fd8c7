namespace Loa.Plans;

/// <summary>The life of a plan: draft → submitted → approved → issued.</summary>
public enum PlanStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Issued = 4,
}

public static class PlanStatusText
{
    public static string Label(this PlanStatus status) => status switch
    {
        PlanStatus.Draft => "Dự thảo",
        PlanStatus.Submitted => "Chờ duyệt",
        PlanStatus.Approved => "Đã duyệt",
        PlanStatus.Issued => "Đã ban hành",
        _ => status.ToString(),
    };
}
