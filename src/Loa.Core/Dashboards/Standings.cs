namespace Loa.Dashboards;

/// <summary>Where a commune's yearly plan stands against the province's deadline.</summary>
public enum PlanStanding
{
    /// <summary>Issued on or before the deadline.</summary>
    OnTime = 1,

    /// <summary>Issued after the deadline.</summary>
    Late = 2,

    /// <summary>Not issued yet, the deadline not passed.</summary>
    Pending = 3,

    /// <summary>Not issued and the deadline passed.</summary>
    Missing = 4,
}

/// <summary>Where a commune's report of one period stands.</summary>
public enum ReportStanding
{
    /// <summary>The commune has no issued plan to report on.</summary>
    NoPlan = 1,

    /// <summary>The commune's plan does not ask for this period's report.</summary>
    NotRequired = 2,

    NotOpen = 3,

    /// <summary>Open, not sent, not yet due.</summary>
    Open = 4,

    SentOnTime = 5,

    SentLate = 6,

    /// <summary>Due date passed, not sent.</summary>
    Missing = 7,
}

public static class StandingText
{
    public static string Label(this PlanStanding standing) => standing switch
    {
        PlanStanding.OnTime => "Ban hành đúng hạn",
        PlanStanding.Late => "Ban hành muộn",
        PlanStanding.Pending => "Chưa ban hành (còn hạn)",
        _ => "Quá hạn, chưa ban hành",
    };

    public static string Label(this ReportStanding standing) => standing switch
    {
        ReportStanding.NoPlan => "Chưa có kế hoạch",
        ReportStanding.NotRequired => "Không yêu cầu",
        ReportStanding.NotOpen => "Chưa đến kỳ",
        ReportStanding.Open => "Đang trong kỳ",
        ReportStanding.SentOnTime => "Gửi đúng hạn",
        ReportStanding.SentLate => "Gửi muộn",
        _ => "Quá hạn, chưa gửi",
    };

    /// <summary>The CSS class of the state's badge.</summary>
    public static string Css(this PlanStanding standing) => standing switch
    {
        PlanStanding.OnTime => "completed",
        PlanStanding.Late => "behind",
        PlanStanding.Pending => "notstarted",
        _ => "overdue",
    };

    public static string Css(this ReportStanding standing) => standing switch
    {
        ReportStanding.SentOnTime => "completed",
        ReportStanding.SentLate => "behind",
        ReportStanding.Missing => "overdue",
        ReportStanding.Open => "ontrack",
        _ => "notstarted",
    };

    /// <summary>Short, for table cells on a phone.</summary>
    public static string CellText(this ReportStanding standing) => standing switch
    {
        ReportStanding.SentOnTime => "Đúng hạn",
        ReportStanding.SentLate => "Muộn",
        ReportStanding.Missing => "Chưa gửi",
        ReportStanding.Open => "Trong kỳ",
        ReportStanding.NotOpen => "Chưa đến kỳ",
        _ => "–",
    };
}
