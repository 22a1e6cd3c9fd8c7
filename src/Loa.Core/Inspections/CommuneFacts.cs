using Loa.Articles;
using Loa.Dashboards;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Feedbacks;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.Inspections;

/// <summary>
/// What the computed checklist items read of one commune's year, as it stood on a day: its plan, the reports it sent,
/// its activities, its portal's news, its feedback and its tasks' progress. Read with a few narrow queries through the
/// tenant filter, then judged by <see cref="ChecklistMeasures"/>.
/// </summary>
public sealed record CommuneFacts(
    DateOnly AsOf,
    DateOnly PlanDue,
    PlanFact? Plan,
    IReadOnlyList<ReportPeriod> RequiredReports,
    IReadOnlyList<SentReport> SentReports,
    IReadOnlyList<ActivityFact> Activities,
    IReadOnlyList<ArticleFact> Articles,
    IReadOnlyList<FeedbackFact> Feedback,
    IReadOnlyList<TaskFact> Tasks)
{
    public int? IssuedPlanId => Plan is { Issued: true } p ? p.Id : null;

    /// <summary>The result of one item (its measure and bar) on <see cref="AsOf"/>; null for an answered item.</summary>
    public MeasureResult? Measure(ChecklistMeasure measure, int? threshold)
    {
        var bar = threshold ?? ChecklistMeasures.DefaultThreshold(measure) ?? 0;
        return measure switch
        {
            ChecklistMeasure.PlanOnTime => ChecklistMeasures.PlanOnTime(Plan, PlanDue, AsOf),
            ChecklistMeasure.ReportsOnTime => ChecklistMeasures.ReportsOnTime(IssuedPlanId, RequiredReports, SentReports, AsOf),
            ChecklistMeasure.ChannelsUsed => ChecklistMeasures.ChannelsUsed(IssuedPlanId, Activities, AsOf, bar),
            ChecklistMeasure.PortalUpToDate => ChecklistMeasures.PortalUpToDate(Articles, AsOf, bar),
            ChecklistMeasure.FeedbackInTime => ChecklistMeasures.FeedbackInTime(Feedback, AsOf, bar),
            ChecklistMeasure.TasksCompleted => ChecklistMeasures.TasksCompleted(IssuedPlanId, Tasks, bar),
            _ => null,
        };
    }

    public static async Task<CommuneFacts> LoadAsync(
        LoaDbContext db, Province province, int communeId, int year, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var end = VietnamTime.StartOfDayUtc(asOf.AddDays(1));
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.CommuneId == communeId && p.UnitId == null && p.Year == year)
            .Select(p => new { p.Id, p.Title, p.Status, p.IssuedOn, p.Number, p.ReportingPeriods, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        var plan = plans.OrderByDescending(p => p.Status == PlanStatus.Issued)
            .ThenByDescending(p => p.Status).ThenByDescending(p => p.UpdatedAt).FirstOrDefault();
        var planFact = plan is null ? null : new PlanFact(plan.Id, plan.Title, plan.Status == PlanStatus.Issued, plan.IssuedOn, plan.Number);
        var issuedId = plan?.Status == PlanStatus.Issued ? plan.Id : (int?)null;

        var required = issuedId is null ? [] : ReportingCalendar.For(year, plan!.ReportingPeriods, province.ReportingRules);
        var sent = issuedId is null ? [] : (await db.CommuneReports.AsNoTracking()
            .Where(r => r.PlanId == issuedId && r.Status == CommuneReportStatus.Sent && r.SentAt != null)
            .Select(r => new { r.Period, r.SentAt })
            .ToListAsync(cancellationToken)).Select(r => new SentReport(r.Period, VietnamTime.Day(r.SentAt!.Value))).ToList();

        var activityRows = issuedId is null ? [] : await db.Activities.AsNoTracking()
            .Where(a => a.PlanId == issuedId)
            .Select(a => new { a.Id, a.TaskId, a.Date, a.Quantity, a.Channel })
            .ToListAsync(cancellationToken);
        var activities = activityRows.Select(a => new ActivityFact(a.Id, a.Date, a.Channel)).ToList();

        var articles = (await db.Articles.AsNoTracking()
            .Where(a => a.CommuneId == communeId && a.PublishAt != null && a.PublishAt < end && a.Status != ArticleStatus.Draft)
            .Select(a => new { a.Id, a.Title, a.PublishAt })
            .ToListAsync(cancellationToken)).Select(a => new ArticleFact(a.Id, a.Title, VietnamTime.Day(a.PublishAt!.Value))).ToList();

        var yearStart = VietnamTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var feedback = (await db.Feedback.AsNoTracking()
            .Where(f => f.CommuneId == communeId && f.ReceivedAt >= yearStart && f.ReceivedAt < end)
            .Select(f => new { f.Id, f.Number, f.DueOn, f.ApprovedAt, f.ClosedAt, f.Status })
            .ToListAsync(cancellationToken))
            .Select(f => new FeedbackFact(f.Id, f.Number, f.DueOn, AnsweredOn(f.ApprovedAt, f.Status, f.ClosedAt)))
            .ToList();

        var tasks = new List<TaskFact>();
        if (issuedId is { } id)
        {
            var skeletons = await PlanSkeletons.LoadAsync(db, [id], cancellationToken: cancellationToken);
            if (skeletons.TryGetValue(id, out var skeleton))
            {
                skeleton.Year = year;
                var progress = PlanProgress.Evaluate(skeleton, activityRows.Where(a => a.Date <= asOf).Select(a => (a.TaskId, a.Date, a.Quantity)), asOf);
                tasks.AddRange(skeleton.Tasks.Where(t => t.Children.Count == 0).Select(t => new TaskFact(t.Id, t.Label ?? "", t.Name, progress[t.Id].Status)));
            }
        }

        return new CommuneFacts(asOf, province.PlanDue(year), planFact, required, sent, activities, articles, feedback, tasks);
    }

    /// <summary>The day the citizen had an answer: the answer approved, or the message turned away as not feedback.</summary>
    private static DateOnly? AnsweredOn(DateTime? approvedAt, FeedbackStatus status, DateTime? closedAt) =>
        (approvedAt ?? (status == FeedbackStatus.Rejected ? closedAt : null)) is { } at ? VietnamTime.Day(at) : null;
}
