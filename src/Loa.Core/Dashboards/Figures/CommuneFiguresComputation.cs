using Loa.Activities;
using Loa.Data;
using Loa.Domain;
using Loa.Feedbacks;
using Loa.Indices;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards.Figures;

/// <summary>A commune's figures of a year and its activities by month and channel, as computed from the base tables.</summary>
public sealed record ComputedFigures(CommuneFigures Figures, IReadOnlyList<CommuneActivityFigures> Activities);

/// <summary>
/// Computes communes' figures of a year from the base tables with a handful of narrow queries (communes, plans, task
/// skeletons, activity figures, reports, feedback, index results) — for one province, or for a few communes. It reads past
/// the tenant filter (the figures are the system's, derived from what the saver was allowed to change) and is bounded by
/// the province or the commune ids instead. Tasks are judged with the same rules as the commune's own pages.
/// </summary>
public static class CommuneFiguresComputation
{
    public static async Task<List<ComputedFigures>> ComputeAsync(
        LoaDbContext db,
        int year,
        int? provinceId,
        IReadOnlyCollection<int>? communeIds,
        DateOnly today,
        DateTime now,
        CancellationToken cancellationToken = default)
    {
        if (provinceId is null && communeIds is null)
        {
            throw new ArgumentException("A province or communes must be given.", nameof(communeIds));
        }

        var communeQuery = db.Communes.AsNoTracking();
        communeQuery = communeIds is null ? communeQuery.Where(c => c.ProvinceId == provinceId) : communeQuery.Where(c => communeIds.Contains(c.Id));
        var communes = await communeQuery.Select(c => new { c.Id, c.ProvinceId, c.Code, c.Name, c.InService }).ToListAsync(cancellationToken);
        if (communes.Count == 0)
        {
            return [];
        }

        var ids = communes.Select(c => c.Id).ToList();
        var plansQuery = db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => p.Year == year && p.CommuneId != null && p.UnitId == null);
        plansQuery = communeIds is null ? plansQuery.Where(p => p.ProvinceId == provinceId) : plansQuery.Where(p => ids.Contains(p.CommuneId!.Value));
        var plans = await plansQuery
            .Select(p => new { p.Id, CommuneId = p.CommuneId!.Value, p.Status, p.IssuedOn, p.ReportingPeriods, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        var issued = plans.Where(p => p.Status == PlanStatus.Issued).Select(p => p.Id).ToList();
        var skeletons = await PlanSkeletons.LoadAsync(db, issued, ignoreTenant: true, cancellationToken);
        var activities = await db.Activities.IgnoreQueryFilters().AsNoTracking()
            .Where(a => issued.Contains(a.PlanId))
            .Select(a => new { a.PlanId, a.TaskId, a.Date, a.Quantity, a.Channel, Reach = (a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0) })
            .ToListAsync(cancellationToken);
        var reports = await db.CommuneReports.IgnoreQueryFilters().AsNoTracking()
            .Where(r => issued.Contains(r.PlanId) && r.Year == year && r.Status == CommuneReportStatus.Sent)
            .Select(r => new { r.PlanId, r.Period, r.SentAt })
            .ToListAsync(cancellationToken);
        var yearStart = VietnamTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var yearEnd = VietnamTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1));
        var feedbackQuery = db.Feedback.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.CommuneId != null && f.ReceivedAt >= yearStart && f.ReceivedAt < yearEnd);
        feedbackQuery = communeIds is null ? feedbackQuery.Where(f => f.ProvinceId == provinceId) : feedbackQuery.Where(f => ids.Contains(f.CommuneId!.Value));
        var feedback = await feedbackQuery
            .Select(f => new { CommuneId = f.CommuneId!.Value, f.DueOn, f.ApprovedAt, f.ClosedAt, f.Status })
            .ToListAsync(cancellationToken);
        var indexQuery = db.IndexResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.Year == year && r.CommuneId != null);
        indexQuery = communeIds is null ? indexQuery.Where(r => r.ProvinceId == provinceId) : indexQuery.Where(r => ids.Contains(r.CommuneId!.Value));
        var indices = await indexQuery.Select(r => new { CommuneId = r.CommuneId!.Value, r.Kind, r.Score, r.Id }).ToListAsync(cancellationToken);

        var activitiesByPlan = activities.ToLookup(a => a.PlanId);
        var plansByCommune = plans.ToLookup(p => p.CommuneId);
        var feedbackByCommune = feedback.ToLookup(f => f.CommuneId);
        var indicesByCommune = indices.ToLookup(r => r.CommuneId);
        var sentOn = reports.GroupBy(r => (r.PlanId, r.Period))
            .ToDictionary(g => g.Key, g => g.Min(r => r.SentAt is { } at ? VietnamTime.Day(at) : DateOnly.MaxValue));
        var result = new List<ComputedFigures>(communes.Count);
        foreach (var commune in communes)
        {
            // The issued plan when there is one (an issued amendment, not the plan it superseded); otherwise the one furthest along.
            // Whether it was issued on time is the first issue's date: an amendment later in the year does not make it late.
            var own = plansByCommune[commune.Id].ToList();
            var plan = own.Where(p => p.Status != PlanStatus.Superseded).OrderByDescending(p => p.Status).ThenByDescending(p => p.UpdatedAt).FirstOrDefault();
            var isIssued = plan?.Status == PlanStatus.Issued;
            var row = new CommuneFigures
            {
                ProvinceId = commune.ProvinceId,
                CommuneId = commune.Id,
                Year = year,
                Code = commune.Code,
                Name = commune.Name,
                InService = commune.InService,
                PlanId = plan?.Id,
                PlanStatus = plan?.Status,
                IssuedOn = plan?.IssuedOn,
                FirstIssuedOn = own.Where(p => p.Status is PlanStatus.Issued or PlanStatus.Superseded).Min(p => p.IssuedOn),
                RequiredReports = isIssued ? plan!.ReportingPeriods : ReportingPeriods.None,
                ComputedOn = today,
                ComputedAt = now,
            };
            if (isIssued)
            {
                DateOnly? Sent(ReportPeriodKind kind) => sentOn.TryGetValue((plan!.Id, kind), out var on) ? on : null;
                row.Quarter1SentOn = Sent(ReportPeriodKind.Quarter1);
                row.HalfYearSentOn = Sent(ReportPeriodKind.HalfYear);
                row.NineMonthsSentOn = Sent(ReportPeriodKind.NineMonths);
                row.YearSentOn = Sent(ReportPeriodKind.Year);
            }

            var byMonthAndChannel = new List<CommuneActivityFigures>();
            if (isIssued)
            {
                var done = activitiesByPlan[plan!.Id].ToList();
                row.Activities = done.Count;
                row.Reach = done.Sum(a => (long)a.Reach);
                if (skeletons.TryGetValue(plan.Id, out var skeleton))
                {
                    skeleton.Year = year;
                    var progress = PlanProgress.Evaluate(skeleton, done.Select(a => (a.TaskId, a.Date, a.Quantity)), today);
                    var leaves = skeleton.Tasks.Where(t => t.Children.Count == 0).ToList();
                    row.Tasks = leaves.Count;
                    row.TasksCompleted = leaves.Count(t => progress[t.Id].Status == ProgressStatus.Completed);
                    row.TasksLate = leaves.Count(t => progress[t.Id].IsLate);
                }

                byMonthAndChannel.AddRange(done
                    .GroupBy(a => (Month: a.Date.Year == year && a.Date <= today ? a.Date.Month : 0, a.Channel))
                    .OrderBy(g => g.Key.Month).ThenBy(g => g.Key.Channel)
                    .Select(g => new CommuneActivityFigures
                    {
                        ProvinceId = commune.ProvinceId,
                        CommuneId = commune.Id,
                        Year = year,
                        Month = g.Key.Month,
                        Channel = g.Key.Channel,
                        Activities = g.Count(),
                        Reach = g.Sum(a => (long)a.Reach),
                    }));
            }

            foreach (var f in feedbackByCommune[commune.Id])
            {
                row.FeedbackReceived++;
                var answeredOn = AnsweredOn(f.ApprovedAt, f.Status, f.ClosedAt);
                if (answeredOn is { } on)
                {
                    row.FeedbackAnswered++;
                    row.FeedbackAnsweredInTime += on <= f.DueOn ? 1 : 0;
                }
                else if (today > f.DueOn)
                {
                    row.FeedbackOverdue++;
                }
            }

            foreach (var r in indicesByCommune[commune.Id].OrderBy(r => r.Id))
            {
                var score = (double)r.Score;
                switch (r.Kind)
                {
                    case IndexKind.ParIndex: row.ParIndex = score; break;
                    case IndexKind.Sipas: row.Sipas = score; break;
                    case IndexKind.Papi: row.Papi = score; break;
                    case IndexKind.Pci: row.Pci = score; break;
                    case IndexKind.Dti: row.Dti = score; break;
                    default: break;
                }
            }

            result.Add(new ComputedFigures(row, byMonthAndChannel));
        }

        return result;
    }

    /// <summary>The day the citizen had an answer: the answer approved, or the message turned away as not feedback.</summary>
    public static DateOnly? AnsweredOn(DateTime? approvedAt, FeedbackStatus status, DateTime? closedAt) =>
        (approvedAt ?? (status == FeedbackStatus.Rejected ? closedAt : null)) is { } at ? VietnamTime.Day(at) : null;
}
