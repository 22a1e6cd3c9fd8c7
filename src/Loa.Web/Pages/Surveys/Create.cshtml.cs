using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Surveys;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Surveys;

/// <summary>
/// Starts a survey or a contest: blank, or from the SIPAS-modelled satisfaction template, or from the contest
/// template. It starts as a draft.
/// </summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class CreateModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public string Start { get; set; } = "sipas";

    [BindProperty]
    [StringLength(300, ErrorMessage = "Tên dài quá 300 ký tự.")]
    public string? Title { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Start is not ("sipas" or "contest" or "survey" or "blank-contest"))
        {
            ModelState.AddModelError(nameof(Start), "Hãy chọn cách bắt đầu.");
        }

        if (Start is "survey" or "blank-contest" && string.IsNullOrWhiteSpace(Title))
        {
            ModelState.AddModelError(nameof(Title), "Hãy nhập tên khảo sát hoặc cuộc thi.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var communeId = db.Scope.CommuneId!.Value;
        var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Id == communeId);
        var communeName = $"{commune.Kind.Word()} {commune.Locality}";
        var provinceId = db.Scope.ProvinceId!.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var survey = Start switch
        {
            "sipas" => SurveyTemplates.Satisfaction(provinceId, communeId, communeName, now),
            "contest" => SurveyTemplates.Contest(provinceId, communeId, communeName, now),
            "blank-contest" => SurveyTemplates.Blank(provinceId, communeId, SurveyKind.Contest, Title!.Trim(), now),
            _ => SurveyTemplates.Blank(provinceId, communeId, SurveyKind.Survey, Title!.Trim(), now),
        };
        if (!string.IsNullOrWhiteSpace(Title))
        {
            survey.Title = Title.Trim();
        }

        db.Surveys.Add(survey);
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Đã tạo {survey.Kind.Label().ToLowerInvariant()} (bản nháp). Hãy xem lại câu hỏi rồi công bố.";
        return Redirect($"/surveys/edit/{survey.Id}");
    }
}
