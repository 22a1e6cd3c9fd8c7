using System.Net;
using AngleSharp.Html.Dom;
using Loa.IntegrationTests.Infrastructure;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Surveys;

/// <summary>Surveys arranged behind the app's back, and the ids of a public form's questions.</summary>
public static class SurveyData
{
    /// <summary>A survey of the scenario's commune in the given state, with a marker in its title.</summary>
    public static async Task<Survey> AddAsync(
        LoaAppFactory app, Scenario scenario, SurveyStatus status, string title, bool contest = false, DateTime? closesAt = null)
    {
        await using var db = app.SystemDb();
        var now = app.Clock.Now.UtcDateTime;
        var survey = contest
            ? SurveyTemplates.Contest(scenario.Commune.ProvinceId, scenario.Commune.Id, scenario.Commune.Name, now)
            : SurveyTemplates.Satisfaction(scenario.Commune.ProvinceId, scenario.Commune.Id, scenario.Commune.Name, now);
        survey.Title = title;
        survey.Status = status;
        survey.OpensAt = status == SurveyStatus.Draft ? null : now.AddDays(-3);
        survey.ClosesAt = status == SurveyStatus.Closed ? now.AddDays(-1) : closesAt;
        survey.ShowRanking = true;
        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        return survey;
    }

    /// <summary>The field names of the questions on a public survey page, in order ("a12", "a13" …).</summary>
    public static List<string> Fields(IHtmlDocument page) =>
        page.QuerySelectorAll("fieldset.pq").Select(f => f.Id!).ToList();

    public static async Task<int> ResponsesAsync(LoaAppFactory app, int surveyId, bool submittedOnly = true)
    {
        await using var db = app.SystemDb();
        return await db.SurveyResponses.IgnoreQueryFilters().CountAsync(r => r.SurveyId == surveyId && (!submittedOnly || r.SubmittedAt != null));
    }

    public static void AssertRedirect(HttpResponseMessage response, string what)
    {
        var body = response.Content.ReadAsStringAsync().Result;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what}: {(int)response.StatusCode} {body[..Math.Min(1500, body.Length)]}");
    }
}
