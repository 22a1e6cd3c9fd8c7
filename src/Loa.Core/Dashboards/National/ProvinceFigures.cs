using Loa.Activities;
using Loa.Indices;
using Loa.Reports;

namespace Loa.Dashboards.National;

/// <summary>How one period's reports stand in a province: required (by issued plans that ask for it), sent, sent on time, overdue.</summary>
public sealed record ReportTally(int Required, int Sent, int SentOnTime, int Missing)
{
    public static readonly ReportTally None = new(0, 0, 0, 0);
}

/// <summary>One province as the ministry sees it in a year: its communes' figures added up.</summary>
public sealed record ProvinceFigures(
    int ProvinceId,
    string Code,
    string Name,
    DateOnly PlanDue,
    int Communes,
    int InService,
    int PlansOnTime,
    int PlansLate,
    int PlansMissing,
    IReadOnlyDictionary<ReportPeriodKind, ReportTally> Reports,
    int Tasks,
    int TasksCompleted,
    int Activities,
    long Reach,
    IReadOnlyDictionary<ChannelKind, long> ReachByChannel,
    int Feedback,
    int FeedbackOnTime,
    IReadOnlyDictionary<IndexKind, decimal> ProvinceIndices,
    IReadOnlyDictionary<IndexKind, decimal> CommuneIndexAverages,
    int LateCommunes)
{
    public int PlansIssued => PlansOnTime + PlansLate;

    /// <summary>Communes without an issued plan (the deadline passed or not).</summary>
    public int PlansNotIssued => Communes - PlansIssued;

    /// <summary>Share of the province's communes whose plan was issued on time (0–1); null without communes.</summary>
    public double? OnTimeShare => Communes == 0 ? null : (double)PlansOnTime / Communes;

    public double? InServiceShare => Communes == 0 ? null : (double)InService / Communes;

    /// <summary>Share of the tasks of the issued plans that are completed (0–1, by the progress rules); null without tasks.</summary>
    public double? Completion => Tasks == 0 ? null : (double)TasksCompleted / Tasks;

    /// <summary>Share of the feedback received in the year that was answered by its due date (0–1); null without feedback.</summary>
    public double? FeedbackOnTimeShare => Feedback == 0 ? null : (double)FeedbackOnTime / Feedback;

    public ReportTally Report(ReportPeriodKind kind) => Reports.TryGetValue(kind, out var tally) ? tally : ReportTally.None;
}

/// <summary>The ministry's view of every province in a year.</summary>
public sealed record NationalOverview(int Year, DateOnly Today, IReadOnlyList<ProvinceFigures> Provinces)
{
    public int Communes => Provinces.Sum(p => p.Communes);

    public int InService => Provinces.Sum(p => p.InService);

    public int PlansIssued => Provinces.Sum(p => p.PlansIssued);

    public int PlansOnTime => Provinces.Sum(p => p.PlansOnTime);

    public int LateCommunes => Provinces.Sum(p => p.LateCommunes);

    public int Activities => Provinces.Sum(p => p.Activities);

    public long Reach => Provinces.Sum(p => p.Reach);

    public int Tasks => Provinces.Sum(p => p.Tasks);

    public int TasksCompleted => Provinces.Sum(p => p.TasksCompleted);

    public int Feedback => Provinces.Sum(p => p.Feedback);

    public int FeedbackOnTime => Provinces.Sum(p => p.FeedbackOnTime);

    /// <summary>People reached by each channel, the whole country.</summary>
    public IReadOnlyDictionary<ChannelKind, long> ReachByChannel => Provinces.SelectMany(p => p.ReachByChannel)
        .GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
}
