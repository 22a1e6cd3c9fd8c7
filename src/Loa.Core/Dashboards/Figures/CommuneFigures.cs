using Loa.Activities;
using Loa.Domain;
using Loa.Plans;

namespace Loa.Dashboards.Figures;

/// <summary>
/// One commune's figures of one year, as the province and national dashboards show them: a read model derived from the
/// plans, tasks, activities, reports, feedback and index results, kept current on every save of them
/// (<see cref="CommuneFiguresUpkeep"/>) and refreshed daily (<see cref="CommuneFiguresRefresh"/>). Facts are stored;
/// judgements that depend on the day (is the plan or a report overdue?) are made when read (<see cref="FigureStandings"/>),
/// except the tasks' progress and overdue feedback, which are stored with the day they were computed
/// (<see cref="ComputedOn"/>) and recomputed when the day changes. Decision 38.
/// </summary>
public sealed partial class CommuneFigures : ICommuneOwned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    /// <summary>Always set: the commune whose figures these are (nullable only to carry the tenant marker).</summary>
    public int? CommuneId { get; set; }

    public int Year { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The commune's portal takes feedback and surveys (decision 22).</summary>
    public bool InService { get; set; }

    /// <summary>The plan the dashboard shows: the issued one, otherwise the one furthest along; null without any.</summary>
    public int? PlanId { get; set; }

    public PlanStatus? PlanStatus { get; set; }

    /// <summary>The shown plan's own issue date (an amendment's, for an issued amendment).</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>When the year's plan was first issued: whether it was on time is judged by this day.</summary>
    public DateOnly? FirstIssuedOn { get; set; }

    /// <summary>The reports the issued plan asks for (none without an issued plan).</summary>
    public ReportingPeriods RequiredReports { get; set; }

    /// <summary>The day (Vietnam) each period's report of the issued plan was first sent; null while not sent.</summary>
    public DateOnly? Quarter1SentOn { get; set; }

    public DateOnly? HalfYearSentOn { get; set; }

    public DateOnly? NineMonthsSentOn { get; set; }

    public DateOnly? YearSentOn { get; set; }

    /// <summary>Leaf tasks of the issued plan, those completed and those late on <see cref="ComputedOn"/>.</summary>
    public int Tasks { get; set; }

    public int TasksCompleted { get; set; }

    public int TasksLate { get; set; }

    /// <summary>Activities recorded for the issued plan, and everyone they reached (participants + views + copies).</summary>
    public int Activities { get; set; }

    public long Reach { get; set; }

    /// <summary>Feedback received in the year; answered (approved, or turned away); answered by its deadline.</summary>
    public int FeedbackReceived { get; set; }

    public int FeedbackAnswered { get; set; }

    public int FeedbackAnsweredInTime { get; set; }

    /// <summary>Received in the year, not answered, and past its deadline on <see cref="ComputedOn"/>.</summary>
    public int FeedbackOverdue { get; set; }

    /// <summary>The commune's index results of the year (as published, each on its own scale); null when none.</summary>
    public double? ParIndex { get; set; }

    public double? Sipas { get; set; }

    public double? Papi { get; set; }

    public double? Pci { get; set; }

    public double? Dti { get; set; }

    /// <summary>The day (Vietnam) the day-dependent figures were computed; a row of another day is recomputed before use.</summary>
    public DateOnly ComputedOn { get; set; }

    public DateTime ComputedAt { get; set; }
}

/// <summary>
/// A commune's activities of a year by month and channel (<see cref="ChannelKind"/>): how many and whom they reached.
/// <see cref="Month"/> is 0 for activities not dated within the year up to <see cref="CommuneFigures.ComputedOn"/>
/// (they count in the totals and per channel, not in the charts by month).
/// </summary>
public sealed class CommuneActivityFigures : ICommuneOwned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public ChannelKind Channel { get; set; }

    public int Activities { get; set; }

    public long Reach { get; set; }
}
