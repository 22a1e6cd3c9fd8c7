using System.Globalization;
using Loa.Articles;
using Loa.Data;
using Loa.Feedbacks;
using Loa.Plans;
using Loa.Reports;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Search;

/// <summary>One thing found: what it is, its title, a line that places it, and the page that shows it.</summary>
public sealed record SearchHit(SearchKind Kind, string Title, string Detail, string Url, int Score, DateTime Sort);

/// <summary>The things of one kind found, best first (at most the number asked for), and how many there were.</summary>
public sealed record SearchGroup(SearchKind Kind, IReadOnlyList<SearchHit> Hits, int Total);

/// <summary>
/// The staff search: one box across plans, tasks, activities, reports, feedback and news, each kind only as far as
/// the person may see it (<see cref="SearchAccess"/> on top of the tenant filter of <paramref name="db"/>). Words are
/// compared as <see cref="SearchWords"/> reads them (no diacritics, any case, i/y alike). The rows a person may see
/// are read (titles and short texts only) and matched in memory: a commune holds a few thousand at most.
/// </summary>
public static class StaffSearch
{
    public const int MaxQueryLength = 200;

    public static async Task<IReadOnlyList<SearchGroup>> SearchAsync(
        LoaDbContext db, string? query, SearchKind? only = null, int perKind = 8, CancellationToken cancellationToken = default)
    {
        var words = new SearchWords(query is { Length: > MaxQueryLength } ? query[..MaxQueryLength] : query);
        if (words.IsEmpty)
        {
            return [];
        }

        var scope = db.Scope;
        var communes = scope.CommuneId is null && scope.ProvinceId is { } province
            ? await db.Communes.AsNoTracking()
                .Where(c => c.ProvinceId == province)
                .Select(c => new { c.Id, c.Name })
                .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken)
            : [];
        string Where(int? communeId) => communeId is { } id && communes.TryGetValue(id, out var name) ? " · " + name : "";

        var groups = new List<SearchGroup>();
        foreach (var kind in SearchAccess.Kinds(scope).Where(k => only is null || k == only))
        {
            var hits = kind switch
            {
                SearchKind.Plan => await PlansAsync(db, words, Where, cancellationToken),
                SearchKind.Task => await TasksAsync(db, words, Where, cancellationToken),
                SearchKind.Activity => await ActivitiesAsync(db, words, Where, cancellationToken),
                SearchKind.Report => await ReportsAsync(db, words, Where, cancellationToken),
                SearchKind.Feedback => await FeedbackAsync(db, words, cancellationToken),
                _ => await ArticlesAsync(db, words, cancellationToken),
            };
            if (hits.Count > 0)
            {
                groups.Add(new SearchGroup(kind, hits.OrderByDescending(h => h.Score).ThenByDescending(h => h.Sort).Take(perKind).ToList(), hits.Count));
            }
        }

        return groups;
    }

    private static async Task<List<SearchHit>> PlansAsync(LoaDbContext db, SearchWords words, Func<int?, string> where, CancellationToken ct)
    {
        var rows = await db.Plans.AsNoTracking().Visible(db.Scope)
            .Select(p => new { p.Id, p.Title, p.Year, p.Number, p.Symbol, p.Status, p.CommuneId, p.UpdatedAt })
            .ToListAsync(ct);
        return rows
            .Select(p => (p, Number: p.Number is null ? "" : p.Number.Contains('/', StringComparison.Ordinal) ? p.Number : $"{p.Number}/{p.Symbol}"))
            .Select(x => new SearchHit(
                SearchKind.Plan,
                x.p.Title,
                $"Năm {x.p.Year}{(x.Number.Length > 0 ? " · Số " + x.Number : "")} · {x.p.Status.Label()}{where(x.p.CommuneId)}",
                $"/plans/details/{x.p.Id}",
                words.Score(x.p.Title, $"{x.Number} {x.p.Number} {x.p.Year}"),
                x.p.UpdatedAt))
            .Where(h => h.Score > 0)
            .ToList();
    }

    private static async Task<List<SearchHit>> TasksAsync(LoaDbContext db, SearchWords words, Func<int?, string> where, CancellationToken ct)
    {
        var plans = db.Plans.Visible(db.Scope).Select(p => p.Id);
        var rows = await db.Tasks.AsNoTracking().Where(t => plans.Contains(t.PlanId))
            .Select(t => new { t.Id, t.PlanId, t.Label, t.Name, t.Products, t.CommuneId, PlanTitle = t.Plan!.Title, t.Plan.Year, t.Plan.UpdatedAt })
            .ToListAsync(ct);
        return rows
            .Select(t => new SearchHit(
                SearchKind.Task,
                t.Name,
                $"{(t.Label is { Length: > 0 } label ? "Nhiệm vụ " + label + " · " : "")}{t.PlanTitle}{where(t.CommuneId)}",
                $"/plans/details/{t.PlanId}#task-{t.Id}",
                words.Score(t.Name, $"{t.Products} {t.PlanTitle}"),
                t.UpdatedAt))
            .Where(h => h.Score > 0)
            .ToList();
    }

    private static async Task<List<SearchHit>> ActivitiesAsync(LoaDbContext db, SearchWords words, Func<int?, string> where, CancellationToken ct)
    {
        var rows = await db.Activities.AsNoTracking()
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.Description,
                a.Date,
                a.CommuneId,
                a.RecordedAt,
                Unit = db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows
            .Select(a => new SearchHit(
                SearchKind.Activity,
                a.Title,
                $"{DisplayTime.Date(a.Date)} · {a.Unit}{where(a.CommuneId)}",
                $"/activities/details/{a.Id}",
                words.Score(a.Title, $"{a.Description} {a.Unit}"),
                a.RecordedAt))
            .Where(h => h.Score > 0)
            .ToList();
    }

    private static async Task<List<SearchHit>> ReportsAsync(LoaDbContext db, SearchWords words, Func<int?, string> where, CancellationToken ct)
    {
        var scope = db.Scope;
        var communeReports = await db.CommuneReports.AsNoTracking()
            .Select(r => new
            {
                r.Id,
                r.PlanId,
                r.Period,
                r.Year,
                r.Number,
                r.Status,
                r.Results,
                r.Shortcomings,
                r.Causes,
                r.Proposals,
                r.CommuneId,
                r.UpdatedAt,
            })
            .ToListAsync(ct);
        var unitReports = await db.UnitReports.AsNoTracking()
            .Where(r => scope.UnitId == null || scope.Role != Domain.Accounts.UserRole.UnitOfficer || r.UnitId == scope.UnitId)
            .Select(r => new
            {
                r.Id,
                r.PlanId,
                r.UnitId,
                r.Period,
                r.Year,
                r.Status,
                r.Results,
                r.Shortcomings,
                r.Causes,
                r.Proposals,
                r.CommuneId,
                r.UpdatedAt,
                Unit = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var hits = communeReports.Select(r =>
        {
            var title = $"Báo cáo {r.Period.Name(r.Year)}{(r.Number is { Length: > 0 } n ? " (số " + n + ")" : "")}";
            return new SearchHit(
                SearchKind.Report,
                title,
                $"Báo cáo của xã, phường · {r.Status.Label()}{where(r.CommuneId)}",
                $"/reports/commune?plan={r.PlanId}&period={r.Period.Code()}",
                words.Score(title, string.Join(' ', r.Results, r.Shortcomings, r.Causes, r.Proposals)),
                r.UpdatedAt);
        }).ToList();
        hits.AddRange(unitReports.Where(r => SearchAccess.SeesUnitReport(scope, r.UnitId)).Select(r =>
        {
            var title = $"Báo cáo {r.Period.Name(r.Year)} của {r.Unit}";
            return new SearchHit(
                SearchKind.Report,
                title,
                $"Báo cáo của đơn vị · {r.Status.Label()}{where(r.CommuneId)}",
                $"/reports/unit?plan={r.PlanId}&period={r.Period.Code()}&unit={r.UnitId.ToString(CultureInfo.InvariantCulture)}",
                words.Score(title, string.Join(' ', r.Results, r.Shortcomings, r.Causes, r.Proposals)),
                r.UpdatedAt);
        }));
        return hits.Where(h => h.Score > 0).ToList();
    }

    private static async Task<List<SearchHit>> FeedbackAsync(LoaDbContext db, SearchWords words, CancellationToken ct)
    {
        var scope = db.Scope;
        var rows = await db.Feedback.AsNoTracking().Where(f => f.CommuneId == scope.CommuneId)
            .Select(f => new { f.Id, f.Number, f.Subject, f.Content, f.Status, f.Category, f.ReceivedAt, f.AssignedUnitId })
            .ToListAsync(ct);
        return rows
            .Where(f => SearchAccess.SeesFeedback(scope, f.AssignedUnitId))
            .Select(f => new SearchHit(
                SearchKind.Feedback,
                $"Số {f.Number}: {f.Subject}",
                $"{DisplayTime.DateOf(f.ReceivedAt)} · {f.Category.Label()} · {f.Status.Label()}",
                $"/feedback/details/{f.Id}",
                words.Score($"{f.Number} {f.Subject}", f.Content),
                f.ReceivedAt))
            .Where(h => h.Score > 0)
            .ToList();
    }

    private static async Task<List<SearchHit>> ArticlesAsync(LoaDbContext db, SearchWords words, CancellationToken ct)
    {
        var scope = db.Scope;
        var rows = await db.Articles.AsNoTracking().Where(a => a.CommuneId == scope.CommuneId)
            .Select(a => new { a.Id, a.Title, a.Summary, a.Status, a.AuthorName, a.UpdatedAt })
            .ToListAsync(ct);
        return rows
            .Select(a => new SearchHit(
                SearchKind.Article,
                a.Title,
                $"{a.Status.Label()} · {a.AuthorName} · {DisplayTime.DateOf(a.UpdatedAt)}",
                $"/articles/edit/{a.Id}",
                words.Score(a.Title, a.Summary),
                a.UpdatedAt))
            .Where(h => h.Score > 0)
            .ToList();
    }
}
