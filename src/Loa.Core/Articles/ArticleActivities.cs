using Loa.Activities;
using Loa.Articles;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Portal;
using Microsoft.EntityFrameworkCore;

namespace Loa.Articles;

/// <summary>
/// Keeps an article's activity in step with it: an article published (or scheduled) and linked to a key task of the
/// commune's issued plan is one activity of that task — dated on its publication day, quantity 1, channel "tin, bài"
/// (or video), its views as reach; unlinked, unpublished or deleted, the activity goes. A scheduled article's
/// activity is dated on its day of publication, so progress (which counts activities up to today) moves only then.
/// </summary>
/// <remarks>
/// Views: every counted view adds one to <see cref="Article.Views"/> at once; the activity's copy is refreshed at
/// most every <see cref="ViewsRefresh"/> (by the view that finds it older) and on every save of the article, so
/// dashboards and reports read reach that is at most a few minutes behind, without a write per view on the activity.
/// </remarks>
public static class ArticleActivities
{
    public static readonly TimeSpan ViewsRefresh = TimeSpan.FromMinutes(5);

    /// <summary>Creates, updates or removes the article's activity (not saved). <paramref name="link"/> is the article's public address.</summary>
    public static async Task SyncAsync(LoaDbContext db, Article article, string link, DateTime utcNow, CancellationToken cancellationToken)
    {
        var activity = article.Activity
            ?? (article.ActivityId is { } id ? await db.Activities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) : null);
        var target = await TargetAsync(db, article, cancellationToken);
        if (target is not { } found)
        {
            if (activity is not null)
            {
                db.Activities.Remove(activity);
            }

            article.Activity = null;
            article.ActivityId = null;
            return;
        }

        if (activity is null)
        {
            activity = new Activity
            {
                ProvinceId = article.ProvinceId,
                CommuneId = article.CommuneId,
                RecordedById = article.AuthorId,
                RecordedAt = utcNow,
            };
            db.Activities.Add(activity);
        }

        var (task, unitId) = found;
        activity.PlanId = task.PlanId;
        activity.TaskId = task.Id;
        activity.UnitId = unitId;
        activity.Date = DateOnly.FromDateTime(VietnamTime.Local(article.PublishAt!.Value));
        activity.Title = Shorten($"Đăng trên cổng thông tin: {article.Title}", 500);
        activity.Description = article.Summary is { Length: > 0 } summary ? Shorten(summary, 4000) : null;
        activity.Quantity = 1;
        activity.Channel = article.Kind == ArticleKind.Video ? ChannelKind.Video : ChannelKind.Article;
        var area = ContentAreaText.Guess($"{article.Title} {article.Summary}");
        activity.ContentArea = area != ContentArea.General ? area : ContentAreaText.Guess($"{task.Name} {task.Products}");
        activity.Views = article.Views;
        activity.Participants = null;
        activity.Copies = null;
        activity.EvidenceLinks = [link];
        article.Activity = activity;
        article.ViewsSyncedAt = utcNow;
    }

    /// <summary>
    /// The task the article counts for and the unit credited (the task's lead unit, else the coordinating office); null when it
    /// counts for none, or when its plan's year does not contain the day of publication.
    /// </summary>
    private static async Task<(KeyTask Task, int UnitId)?> TargetAsync(LoaDbContext db, Article article, CancellationToken cancellationToken)
    {
        if (article.Status is not (ArticleStatus.Published or ArticleStatus.Scheduled) || article.TaskId is not { } taskId || article.PublishAt is null)
        {
            return null;
        }

        var task = await db.Tasks.AsNoTracking().WithUnitsAndParent()
            .FirstOrDefaultAsync(t => t.Id == taskId && t.CommuneId == article.CommuneId, cancellationToken);
        var plan = task is null ? null : await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == task.PlanId, cancellationToken);
        if (task is null || plan is null || !PlanAccess.TakesActivities(plan)
            || !PlanYearCredit.Credits(plan.Year, DateOnly.FromDateTime(VietnamTime.Local(article.PublishAt.Value))))
        {
            return null;
        }

        var leads = task.Leads.Concat(task.Parent?.Leads ?? []).Select(u => u.UnitId).OfType<int>().ToList();
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == article.CommuneId && !u.IsArchived)
            .Select(u => new { u.Id, u.IsCoordinator }).ToListAsync(cancellationToken);
        var unit = units.FirstOrDefault(u => leads.Contains(u.Id)) ?? units.FirstOrDefault(u => u.IsCoordinator) ?? units.FirstOrDefault();
        return unit is null ? null : (task, unit.Id);
    }

    /// <summary>
    /// Brings the activity's views up to the article's when they are older than <see cref="ViewsRefresh"/>: one cheap
    /// update, taken by one request only (the one that moves <see cref="Article.ViewsSyncedAt"/>).
    /// </summary>
    public static async Task RefreshViewsAsync(LoaDbContext db, int articleId, DateTime utcNow, CancellationToken cancellationToken)
    {
        var due = utcNow - ViewsRefresh;
        var claimed = await db.Articles.Where(a => a.Id == articleId && a.ActivityId != null && (a.ViewsSyncedAt == null || a.ViewsSyncedAt < due))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ViewsSyncedAt, utcNow), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var current = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.ActivityId, a.Views, a.CommuneId }).FirstAsync(cancellationToken);
        await db.Activities.Where(a => a.Id == current.ActivityId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Views, current.Views), cancellationToken);
        // Written past the save pipeline: the commune's stamp raised here, or its pages kept per stamp would show the old views.
        await PortalStamps.RaiseAsync(db, [current.CommuneId is { } commune ? PortalStamps.Of(commune) : PortalStamps.Everything], cancellationToken);
    }

    private static string Shorten(string text, int max) => text.Length > max ? text[..(max - 1)] + "…" : text;
}
