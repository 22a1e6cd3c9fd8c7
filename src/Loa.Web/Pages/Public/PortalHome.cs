using Loa.Articles;
using Loa.Data;
using Loa.Domain;
using Loa.Indices;
using Loa.Portal;
using Loa.Surveys;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Pages.Public.Feedback;
using Loa.Web.Pages.Public.News;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public;

/// <summary>
/// Everything a commune's portal home shows from the database: the profile and whether the portal is in service, the
/// plan's four counters, the latest index results, news, open surveys and published answers. Built once per change of
/// the commune's data (<see cref="PortalHomes"/>, decision record 41) and good until <see cref="ValidUntil"/>: the
/// next moment at which the same data reads differently (midnight in Vietnam for the plan's progress, a survey that
/// opens or closes, an article whose scheduled time comes).
/// </summary>
public sealed record PortalHome(
    bool InService,
    PortalProfile? Profile,
    ServiceNotice? Notice,
    PortalPlanSummary? Plan,
    IReadOnlyList<IndexScore> LatestIndices,
    IReadOnlyList<NewsItem> News,
    IReadOnlyList<Survey> OpenSurveys,
    IReadOnlyList<PublishedAnswer> LatestAnswers,
    DateTime ValidUntil)
{
    /// <summary>How many news items, open surveys and published answers the home lists.</summary>
    public const int NewsCount = 4, SurveyCount = 3, AnswerCount = 3;

    // Compiled once, as the home's other queries (decision record 37). The province too: the results' index starts with it.
    private static readonly PerModel<Func<LoaDbContext, int, int, IAsyncEnumerable<IndexScore>>> IndexScores = new(() => EF.CompileAsyncQuery(
        (LoaDbContext db, int provinceId, int communeId) => db.IndexResults.AsNoTracking()
            .Where(r => r.ProvinceId == provinceId && r.CommuneId == communeId)
            .Select(r => new IndexScore(r.Kind, r.Year, r.Score, r.MaxScore))));

    public static async Task<PortalHome> LoadAsync(LoaDbContext db, PortalCommune commune, DateTime utcNow, CancellationToken cancellationToken)
    {
        var (inService, profile) = await PortalPageModel.ProfileAndServiceAsync(db, commune.Id);
        var notice = inService ? null : await PortalService.NoticeAsync(db, commune, cancellationToken);
        var today = VietnamTime.Day(utcNow);
        var plan = await PortalPlanSummary.LoadAsync(db, commune.Id, today, cancellationToken);
        var results = new List<IndexScore>();
        await foreach (var result in IndexScores.For(db)(db, commune.ProvinceId, commune.Id).WithCancellation(cancellationToken))
        {
            results.Add(result);
        }

        var latest = results.GroupBy(r => r.Kind).Select(g => g.OrderByDescending(r => r.Year).First()).OrderBy(r => r.Kind).ToList();
        var news = await NewsItem.ListAsync(NewsItem.Public(db, commune.Id, utcNow), commune.Path, 0, NewsCount, cancellationToken);
        var surveys = inService ? await OpenSurveysAsync(db, commune.Id, utcNow, cancellationToken) : [];
        var answers = inService
            ? await AnswersModel.Project(AnswersModel.Published(db, commune.Id)
                .OrderByDescending(f => f.PublishedAt).ThenByDescending(f => f.Id).Take(AnswerCount)).ToListAsync(cancellationToken)
            : [];
        var validUntil = await NextChangeAsync(db, commune.Id, utcNow, VietnamTime.StartOfDayUtc(today.AddDays(1)), cancellationToken);
        return new PortalHome(inService, profile, notice, plan, latest, news, surveys, answers, validUntil);
    }

    private static Task<List<Survey>> OpenSurveysAsync(LoaDbContext db, int communeId, DateTime utcNow, CancellationToken cancellationToken) =>
        db.Surveys.AsNoTracking()
            .Where(s => s.CommuneId == communeId).Where(Survey.AcceptingAnswers(utcNow))
            .OrderByDescending(s => s.OpensAt)
            .Take(SurveyCount)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The first moment after <paramref name="utcNow"/> at which a survey opens or closes or an article's time comes; at the
    /// latest, <paramref name="midnight"/>.
    /// </summary>
    private static async Task<DateTime> NextChangeAsync(
        LoaDbContext db, int communeId, DateTime utcNow, DateTime midnight, CancellationToken cancellationToken)
    {
        var surveys = await db.Surveys.AsNoTracking()
            .Where(s => s.CommuneId == communeId && s.Status == SurveyStatus.Open)
            .Where(s => (s.OpensAt != null && s.OpensAt > utcNow) || (s.ClosesAt != null && s.ClosesAt > utcNow))
            .Select(s => new { s.OpensAt, s.ClosesAt })
            .ToListAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.CommuneId == communeId && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishAt > utcNow)
            .MinAsync(a => a.PublishAt, cancellationToken);
        var moments = surveys.SelectMany(s => new[] { s.OpensAt, s.ClosesAt }).Append(article).Append(midnight);
        return moments.Where(m => m > utcNow).Min(m => m!.Value);
    }
}
