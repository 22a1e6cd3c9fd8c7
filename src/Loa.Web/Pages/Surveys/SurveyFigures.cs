using Loa.Data;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Surveys;

/// <summary>The sent responses of a survey with their answers, and what they add up to.</summary>
public sealed record SurveyFigures(IReadOnlyList<SurveyResponse> Responses, IReadOnlyList<QuestionResult> Results, IReadOnlyList<RankedResponse> Ranking)
{
    public static async Task<SurveyFigures> LoadAsync(LoaDbContext db, Survey survey, CancellationToken cancellationToken = default)
    {
        var responses = await db.SurveyResponses.AsNoTracking()
            .Where(r => r.SurveyId == survey.Id && r.SubmittedAt != null)
            .Include(r => r.Answers)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        var results = SurveyResults.Compute(survey.Questions, responses.SelectMany(r => r.Answers), responses.Count);
        var ranking = survey.IsContest ? ContestRanking.Rank(responses) : [];
        return new SurveyFigures(responses, results, ranking);
    }
}
