using Loa.Activities;
using Loa.Data;
using Loa.Domain;
using Loa.Feedbacks;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.OpenData;

/// <summary>One commune's published figures of a year, the unit every open aggregate is summed from.</summary>
public sealed class PublishedCommuneFigures
{
    public required int CommuneId { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public required int ProvinceId { get; init; }

    public required bool InService { get; init; }

    /// <summary>The day the commune's plan of the year was first issued (an amendment later does not move it); null when never issued.</summary>
    public DateOnly? FirstIssuedOn { get; set; }

    public bool PlanOnTime { get; set; }

    /// <summary>Per report period: sent, and sent by the province's due day.</summary>
    public Dictionary<ReportPeriodKind, (bool Sent, bool OnTime)> Reports { get; } = [];

    public int Activities { get; set; }

    public long Reach { get; set; }

    public int FeedbackReceived { get; set; }

    public int FeedbackAnswered { get; set; }

    public int FeedbackAnsweredInTime { get; set; }
}

/// <summary>One commune's activities of a year through one channel.</summary>
public sealed record ChannelFigures(int CommuneId, ChannelKind Channel, int Activities, long Reach);

/// <summary>
/// The figures behind the province and national open datasets, per commune and year, from a handful of GROUP BY queries (one per
/// kind of figure, whatever the number of communes). It reads only what is published: issued plans (and the activities recorded
/// against them), reports sent to the province, feedback counts — never a row's text. The per-commune read model of issue 15
/// (Dashboards/Figures, decision 38) could replace these queries behind the same two methods; they are kept apart because
/// open data counts what is published (issued and superseded plans alike) and must not depend on a row made current on read.
/// </summary>
public sealed class OpenDataFigures(LoaDbContext db)
{
    /// <summary>The years for which a commune plan has been issued, in the province or (null) the whole country.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(int? provinceId, CancellationToken cancellationToken)
    {
        var years = await IssuedPlans(provinceId).Select(p => p.Year).Distinct().ToListAsync(cancellationToken);
        return [.. years.Order()];
    }

    /// <summary>Every commune of the province (or of the country) with its figures of the year; communes without any still count.</summary>
    public async Task<IReadOnlyList<PublishedCommuneFigures>> CommunesAsync(int? provinceId, int year, CancellationToken cancellationToken)
    {
        var provinces = await (provinceId is { } only ? db.Provinces.Where(p => p.Id == only) : db.Provinces).AsNoTracking()
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var communes = await (provinceId is { } of ? db.Communes.Where(c => c.ProvinceId == of) : db.Communes).AsNoTracking()
            .OrderBy(c => c.Code)
            .Select(c => new PublishedCommuneFigures { CommuneId = c.Id, Code = c.Code, Name = c.Name, ProvinceId = c.ProvinceId, InService = c.InService })
            .ToListAsync(cancellationToken);
        var byId = communes.ToDictionary(c => c.CommuneId);

        var firstIssued = await IssuedPlans(provinceId).Where(p => p.Year == year)
            .GroupBy(p => p.CommuneId!.Value)
            .Select(g => new { CommuneId = g.Key, First = g.Min(p => p.IssuedOn) })
            .ToListAsync(cancellationToken);
        foreach (var plan in firstIssued.Where(p => byId.ContainsKey(p.CommuneId)))
        {
            var commune = byId[plan.CommuneId];
            commune.FirstIssuedOn = plan.First;
            commune.PlanOnTime = plan.First is { } on && on <= provinces[commune.ProvinceId].PlanDue(year);
        }

        var reports = await InProvince(db.CommuneReports.IgnoreQueryFilters().AsNoTracking(), provinceId)
            .Where(r => r.Year == year && r.Status == CommuneReportStatus.Sent && r.CommuneId != null)
            .GroupBy(r => new { CommuneId = r.CommuneId!.Value, r.Period })
            .Select(g => new { g.Key.CommuneId, g.Key.Period, First = g.Min(r => r.SentAt) })
            .ToListAsync(cancellationToken);
        foreach (var report in reports.Where(r => byId.ContainsKey(r.CommuneId)))
        {
            var commune = byId[report.CommuneId];
            var due = ReportingCalendar.Get(year, report.Period, provinces[commune.ProvinceId].ReportingRules).Due;
            commune.Reports[report.Period] = (true, report.First is { } at && VietnamTime.Day(at) <= due);
        }

        foreach (var channel in await ChannelsAsync(provinceId, year, cancellationToken))
        {
            if (byId.TryGetValue(channel.CommuneId, out var commune))
            {
                commune.Activities += channel.Activities;
                commune.Reach += channel.Reach;
            }
        }

        await CountFeedbackAsync(byId, provinceId, year, cancellationToken);
        return communes;
    }

    /// <summary>Activities and reach per commune and channel, counted on the commune plans issued for the year.</summary>
    public async Task<IReadOnlyList<ChannelFigures>> ChannelsAsync(int? provinceId, int year, CancellationToken cancellationToken)
    {
        var rows = await InProvince(db.Activities.IgnoreQueryFilters().AsNoTracking(), provinceId)
            .Where(a => a.CommuneId != null)
            .Where(a => a.Plan!.Year == year && a.Plan.UnitId == null && (a.Plan.Status == PlanStatus.Issued || a.Plan.Status == PlanStatus.Superseded))
            .GroupBy(a => new { CommuneId = a.CommuneId!.Value, a.Channel })
            .Select(g => new
            {
                g.Key.CommuneId,
                g.Key.Channel,
                Count = g.Count(),
                Reach = g.Sum(a => (long)(a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0)),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ChannelFigures(r.CommuneId, r.Channel, r.Count, r.Reach))];
    }

    // Feedback received in the year (Vietnam time), rejected ones aside: answered once its answer is approved, in time when
    // approved by its due day. Only counts leave this method; never a word of what people wrote.
    private async Task CountFeedbackAsync(Dictionary<int, PublishedCommuneFigures> byId, int? provinceId, int year, CancellationToken cancellationToken)
    {
        var from = VietnamTime.StartOfDayUtc(new DateOnly(year, 1, 1));
        var to = VietnamTime.StartOfDayUtc(new DateOnly(year + 1, 1, 1));
        var feedback = await InProvince(db.Feedback.IgnoreQueryFilters().AsNoTracking(), provinceId)
            .Where(f => f.CommuneId != null)
            .Where(f => f.ReceivedAt >= from && f.ReceivedAt < to && f.Status != FeedbackStatus.Rejected)
            .GroupBy(f => new
            {
                CommuneId = f.CommuneId!.Value,
                f.DueOn,
                Answered = f.Status == FeedbackStatus.Approved || f.Status == FeedbackStatus.Published,
                f.ApprovedAt,
            })
            .Select(g => new { g.Key.CommuneId, g.Key.DueOn, g.Key.Answered, g.Key.ApprovedAt, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var row in feedback.Where(r => byId.ContainsKey(r.CommuneId)))
        {
            var commune = byId[row.CommuneId];
            commune.FeedbackReceived += row.Count;
            if (row.Answered)
            {
                commune.FeedbackAnswered += row.Count;
                if (row.ApprovedAt is { } at && VietnamTime.Day(at) <= row.DueOn)
                {
                    commune.FeedbackAnsweredInTime += row.Count;
                }
            }
        }
    }

    private IQueryable<Plan> IssuedPlans(int? provinceId) => InProvince(db.Plans.IgnoreQueryFilters().AsNoTracking(), provinceId)
        .Where(p => p.CommuneId != null && p.UnitId == null && (p.Status == PlanStatus.Issued || p.Status == PlanStatus.Superseded));

    // Published data is read past the tenant filter (the caller is the public); narrowed to one province when asked, so that the
    // database can use the ProvinceId indexes.
    private static IQueryable<T> InProvince<T>(IQueryable<T> rows, int? provinceId)
        where T : class, ICommuneOwned => provinceId is { } only ? rows.Where(r => r.ProvinceId == only) : rows;
}
