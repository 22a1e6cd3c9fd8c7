namespace Loa.Reports;

/// <summary>
/// One report period of a year: the data it counts (cumulative from the start of the reporting year), the part
/// that is new since the previous report the plan requires, when the report opens and when it is due.
/// </summary>
public sealed record ReportPeriod(
    int Year,
    ReportPeriodKind Kind,
    DateOnly DataFrom,
    DateOnly DataTo,
    DateOnly PeriodFrom,
    DateOnly Opens,
    DateOnly Due)
{
    public string Code => Kind.Code();

    public string Name => Kind.Name(Year);

    /// <summary>Counted in the report at all (to date).</summary>
    public bool CountsToDate(DateOnly date) => date >= DataFrom && date <= DataTo;

    /// <summary>Counted as done in this period (since the previous required report).</summary>
    public bool CountsThisPeriod(DateOnly date) => date >= PeriodFrom && date <= DataTo;

    public ReportWindow StateOn(DateOnly today) =>
        today < Opens ? ReportWindow.NotOpen
        : today <= Due ? (Due.DayNumber - today.DayNumber <= 5 ? ReportWindow.DueSoon : ReportWindow.Open)
        : ReportWindow.Overdue;
}

/// <summary>Where a report period stands on a day, whatever has been submitted.</summary>
public enum ReportWindow
{
    NotOpen = 1,
    Open = 2,
    DueSoon = 3,
    Overdue = 4,
}
