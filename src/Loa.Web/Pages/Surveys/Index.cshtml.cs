using Loa.Data;
using Loa.Plans;
using Loa.Surveys;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Surveys;

/// <summary>The commune's surveys and contests: state, period, responses, the task each counts for; where new ones start.</summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<Row> Surveys { get; private set; } = [];

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        Now = time.GetUtcNow().UtcDateTime;
        var communeId = db.Scope.CommuneId;
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.CommuneId == communeId).OrderByDescending(s => s.CreatedAt).ToListAsync();
        var ids = surveys.Select(s => s.Id).ToList();
        var counts = await db.SurveyResponses.AsNoTracking()
            .Where(r => ids.Contains(r.SurveyId) && r.SubmittedAt != null)
            .GroupBy(r => r.SurveyId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        var taskIds = surveys.Where(s => s.TaskId != null).Select(s => s.TaskId!.Value).ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.PlanId, t.Label, t.Name, t.Plan!.Year }).ToDictionaryAsync(t => t.Id);
        Surveys = surveys.Select(s => new Row(
            s,
            counts.GetValueOrDefault(s.Id),
            s.TaskId is { } t && tasks.TryGetValue(t, out var task)
                ? (task.PlanId, task.Id, PlanYearCredit.TaskName(task.Year, task.Label, task.Name)) : null)).ToList();
        return Page();
    }

    public sealed record Row(Survey Survey, int Responses, (int PlanId, int TaskId, string Name)? Task);
}
