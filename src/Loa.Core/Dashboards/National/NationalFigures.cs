using Loa.Activities;
using Loa.Data;
using Loa.Domain;
using Loa.Indices;
using Loa.Plans;
using Loa.Reports;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards.National;

/// <summary>
/// The 34 provinces' figures of a year, each a sum over its communes, by a handful of queries grouped in the database
/// (communes, issued plans, sent reports, tasks against the quantities done, activities by channel, feedback, index
/// results). It is the one place the ministry's figures come from: when the per-commune read model of the province
/// dashboard lands, this class sums that instead and nothing else changes (decision record 39).
/// Task completion here counts a task of an issued plan completed when its activities reached its quantity target (the
/// first rule of <see cref="Plans.Progress.ProgressRules"/>); the read model carries the full rules.
/// </summary>
public static class NationalFigures
{
    public static async Task<NationalOverview> BuildAsync(LoaDbContext db, int year, DateOnly today, CancellationToken cancellationToken = default)
    {
        var provinces = await db.Provinces.AsNoTracking().ToListAsync(cancellationToken);
        var communes = await db.Communes.AsNoTracking().GroupBy(c => c.ProvinceId)
            .Select(g => new { ProvinceId = g.Key, Count = g.Count(), InService = g.Count(c => c.InService) })
            .ToDictionaryAsync(c => c.ProvinceId, cancellationToken);
        var communePlans = db.Plans.Where(p => p.Year == year && p.CommuneId != null && p.UnitId == null);
        var plans = await communePlans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Issued || p.Status == PlanStatus.Superseded)
            .Select(p => new { p.Id, p.ProvinceId, CommuneId = p.CommuneId!.Value, p.Status, p.IssuedOn, p.ReportingPeriods })
            .ToListAsync(cancellationToken);
        var issued = communePlans.Where(p => p.Status == PlanStatus.Issued);
        var sent = await db.CommuneReports.AsNoTracking()
            .Where(r => r.Year == year && r.Status == CommuneReportStatus.Sent && issued.Any(p => p.Id == r.PlanId))
            .GroupBy(r => new { r.PlanId, r.Period })
            .Select(g => new { g.Key.PlanId, g.Key.Period, SentAt = g.Min(r => r.SentAt) })
            .ToListAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => issued.Any(p => p.Id == t.PlanId) && !db.Tasks.Any(c => c.ParentId == t.Id))
            .Select(t => new { t.Id, t.ProvinceId, t.QuantityValue })
            .ToListAsync(cancellationToken);
        var counted = db.Activities.AsNoTracking().Where(a => issued.Any(p => p.Id == a.PlanId));
        var done = await counted.Where(a => a.Date <= today).GroupBy(a => a.TaskId)
            .Select(g => new { TaskId = g.Key, Quantity = g.Sum(a => a.Quantity) })
            .ToDictionaryAsync(t => t.TaskId, t => t.Quantity, cancellationToken);
        var channels = await counted.GroupBy(a => new { a.ProvinceId, a.Channel })
            .Select(g => new
            {
                g.Key.ProvinceId,
                g.Key.Channel,
                Count = g.Count(),
                Reach = g.Sum(a => (long)((a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0))),
            })
            .ToListAsync(cancellationToken);
        var from = VietnamTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var to = VietnamTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1));
        var feedback = await db.Feedback.AsNoTracking()
            .Where(f => f.CommuneId != null && f.ReceivedAt >= from && f.ReceivedAt < to)
            .Select(f => new { f.ProvinceId, f.DueOn, f.AnsweredAt })
            .ToListAsync(cancellationToken);
        var indices = await db.IndexResults.AsNoTracking().Where(r => r.Year == year)
            .Select(r => new { r.ProvinceId, r.CommuneId, r.Kind, r.Score })
            .ToListAsync(cancellationToken);

        var plansByProvince = plans.ToLookup(p => p.ProvinceId);
        var sentOn = sent.ToDictionary(r => (r.PlanId, r.Period), r => r.SentAt is { } at ? VietnamTime.Day(at) : DateOnly.MaxValue);
        var tasksByProvince = tasks.ToLookup(t => t.ProvinceId);
        var channelsByProvince = channels.ToLookup(c => c.ProvinceId);
        var feedbackByProvince = feedback.ToLookup(f => f.ProvinceId);
        var indicesByProvince = indices.ToLookup(r => r.ProvinceId);
        var rows = new List<ProvinceFigures>(provinces.Count);
        foreach (var province in provinces.OrderBy(p => p.Locality, VietnameseOrder.Instance))
        {
            var due = province.PlanDue(year);
            var own = communes.GetValueOrDefault(province.Id);
            var communeCount = own?.Count ?? 0;
            var byCommune = plansByProvince[province.Id].GroupBy(p => p.CommuneId).ToList();
            var current = byCommune.Count(g => g.Any(p => p.Status == PlanStatus.Issued));
            int onTime = 0, late = 0, lateCommunes = 0;
            var tallies = ProvinceDashboard.AllPeriods.ToDictionary(k => k, _ => new int[4]);
            foreach (var commune in byCommune)
            {
                var plan = commune.FirstOrDefault(p => p.Status == PlanStatus.Issued);
                if (plan is null)
                {
                    continue;
                }

                // On time by the first issue's date: an amendment later in the year does not make the plan late.
                var first = commune.Min(p => p.IssuedOn);
                if (first is { } on && on > due)
                {
                    late++;
                }
                else
                {
                    onTime++;
                }

                var overdue = false;
                foreach (var period in ReportingCalendar.For(year, plan.ReportingPeriods, province.ReportingRules))
                {
                    var tally = tallies[period.Kind];
                    if (today > period.Due || sentOn.ContainsKey((plan.Id, period.Kind)))
                    {
                        tally[0]++;
                    }

                    if (sentOn.TryGetValue((plan.Id, period.Kind), out var sentDay))
                    {
                        tally[1]++;
                        tally[2] += sentDay <= period.Due ? 1 : 0;
                    }
                    else if (today > period.Due)
                    {
                        tally[3]++;
                        overdue = true;
                    }
                }

                lateCommunes += overdue ? 1 : 0;
            }

            var missing = today > due ? communeCount - current : 0;
            lateCommunes += missing;
            var provinceTasks = tasksByProvince[province.Id].ToList();
            var provinceChannels = channelsByProvince[province.Id].ToList();
            var provinceFeedback = feedbackByProvince[province.Id].ToList();
            var provinceIndices = indicesByProvince[province.Id].ToList();
            rows.Add(new ProvinceFigures(
                province.Id,
                province.Code,
                province.Name,
                due,
                communeCount,
                own?.InService ?? 0,
                onTime,
                late,
                missing,
                tallies.ToDictionary(t => t.Key, t => new ReportTally(t.Value[0], t.Value[1], t.Value[2], t.Value[3])),
                provinceTasks.Count,
                provinceTasks.Count(t => t.QuantityValue is > 0 && done.GetValueOrDefault(t.Id) >= t.QuantityValue),
                provinceChannels.Sum(c => c.Count),
                provinceChannels.Sum(c => c.Reach),
                provinceChannels.GroupBy(c => c.Channel).ToDictionary(g => g.Key, g => g.Sum(c => c.Reach)),
                provinceFeedback.Count,
                provinceFeedback.Count(f => f.AnsweredAt is { } at && VietnamTime.Day(at) <= f.DueOn),
                provinceIndices.Where(r => r.CommuneId == null).GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Max(r => r.Score)),
                provinceIndices.Where(r => r.CommuneId != null).GroupBy(r => r.Kind)
                    .ToDictionary(g => g.Key, g => Math.Round(g.Average(r => r.Score), 2)),
                lateCommunes));
        }

        return new NationalOverview(year, today, rows);
    }

    /// <summary>The channels in the order the ministry's chart and table show them.</summary>
    public static IReadOnlyList<ChannelKind> Channels => Enum.GetValues<ChannelKind>();

    /// <summary>The index kinds in their usual order.</summary>
    public static IReadOnlyList<IndexKind> IndexKinds => IndexKindText.All;
}
