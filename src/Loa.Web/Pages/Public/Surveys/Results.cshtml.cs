using Loa.Data;
using Loa.Surveys;
using Loa.Web.Pages.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Surveys;

/// <summary>
/// The public results of a survey whose author chose to publish them: a survey's figures (never its text answers), a
/// contest's ranking with the given name and a masked phone only.
/// </summary>
public sealed class ResultsModel(LoaDbContext db, TimeProvider time) : PortalPageModel(db)
{
    public Survey Survey { get; private set; } = null!;

    public SurveyFigures Figures { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await LoadProfileAsync();
        var now = time.GetUtcNow().UtcDateTime;
        var survey = await Db.Surveys.AsNoTracking().Include(s => s.Sections).Include(s => s.Questions).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id && s.CommuneId == Commune.Id, HttpContext.RequestAborted);
        if (survey is null || !survey.IsPublic(now) || !survey.ShowRanking)
        {
            return NotFound();
        }

        SurveyAccess.Order(survey);
        Survey = survey;
        Figures = await SurveyFigures.LoadAsync(Db, survey, HttpContext.RequestAborted);
        return Page();
    }
}
