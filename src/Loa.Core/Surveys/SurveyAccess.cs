using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Surveys;

/// <summary>Finds a survey of the user's own commune (never another's, whatever the id), with its sections and questions in order.</summary>
public static class SurveyAccess
{
    public static async Task<Survey?> FindAsync(LoaDbContext db, int id, bool tracked, CancellationToken cancellationToken = default)
    {
        var communeId = db.Scope.CommuneId;
        if (communeId is null)
        {
            return null;
        }

        var query = db.Surveys.Include(s => s.Sections).Include(s => s.Questions).AsSplitQuery();
        var survey = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == id && s.CommuneId == communeId, cancellationToken);
        if (survey is not null)
        {
            Order(survey);
        }

        return survey;
    }

    /// <summary>Sections by their order, and each section's questions by theirs (also the survey's question list, in reading order).</summary>
    public static void Order(Survey survey)
    {
        survey.Sections = survey.Sections.OrderBy(s => s.Order).ThenBy(s => s.Id).ToList();
        foreach (var section in survey.Sections)
        {
            section.Questions = survey.Questions.Where(q => q.SectionId == section.Id).OrderBy(q => q.Order).ThenBy(q => q.Id).ToList();
        }

        survey.Questions = survey.Sections.SelectMany(s => s.Questions).ToList();
    }

    /// <summary>"01/07/2026 – 31/07/2026", "từ 01/07/2026", or "Chưa công bố".</summary>
    public static string Period(Survey survey)
    {
        static string Day(DateTime utc) => Loa.Text.DisplayTime.DateOf(utc);
        return (survey.OpensAt, survey.ClosesAt) switch
        {
            (null, _) => "Chưa công bố",
            ({ } o, null) => $"Từ {Day(o)}",
            ({ } o, { } c) => $"{Day(o)} – {Day(c.AddSeconds(-1))}",
        };
    }

    /// <summary>The badge class and text of the survey's state at a moment: draft, not begun, open, ended.</summary>
    public static (string Css, string Text) State(Survey survey, DateTime utcNow) =>
        survey.Status == SurveyStatus.Draft ? ("draft", "Bản nháp")
        : survey.HasEnded(utcNow) ? ("completed", "Đã kết thúc")
        : survey.OpensAt > utcNow ? ("submitted", "Chờ đến ngày mở")
        : ("ontrack", "Đang mở");
}
