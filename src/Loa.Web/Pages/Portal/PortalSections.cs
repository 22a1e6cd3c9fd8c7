using Loa.Articles;
using Loa.Data;
using Loa.Domain;
using Loa.Feedbacks;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Portal;

/// <summary>
/// Where each part of the commune's portal stands, for the staff's portal page: articles on the portal and waiting,
/// surveys and contests open, feedback open and overdue, procedures on the commune's list.
/// </summary>
public sealed record PortalSections(
    int ArticlesPublic,
    int ArticlesScheduled,
    int ArticleDrafts,
    int SurveysOpen,
    int SurveyDrafts,
    int FeedbackOpen,
    int FeedbackOverdue,
    int ProceduresChosen)
{
    public static async Task<PortalSections> LoadAsync(LoaDbContext db, int communeId, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(time);
        var articles = db.Articles.Where(a => a.CommuneId == communeId);
        var surveys = db.Surveys.Where(s => s.CommuneId == communeId);
        var open = db.Feedback.Where(f => f.CommuneId == communeId).Where(Loa.Feedbacks.Feedback.Open);
        return new PortalSections(
            await articles.CountAsync(Article.IsPublic(now), cancellationToken),
            await articles.CountAsync(a => a.Status == ArticleStatus.Scheduled && a.PublishAt > now, cancellationToken),
            await articles.CountAsync(a => a.Status == ArticleStatus.Draft, cancellationToken),
            await surveys.CountAsync(Survey.AcceptingAnswers(now), cancellationToken),
            await surveys.CountAsync(s => s.Status == SurveyStatus.Draft, cancellationToken),
            await open.CountAsync(cancellationToken),
            await open.CountAsync(f => f.DueOn < today, cancellationToken),
            await db.CommuneProcedures.CountAsync(c => c.CommuneId == communeId, cancellationToken));
    }
}
