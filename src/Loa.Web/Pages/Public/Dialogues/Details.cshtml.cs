using Loa.Data;
using Loa.Dialogues;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Uploads;
using Loa.Web.Pages.Dialogues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Dialogues;

/// <summary>
/// One dialogue or conference on the portal: what, when, where, who chairs; while it takes questions, the question form with
/// the same safeguards as feedback (human check, rate limit, unticked consent, lengths); once its minutes are published, the
/// attendance, the topics with their answers, the conclusion and the photos — never a question's text or its asker.
/// </summary>
[EnableRateLimiting(PublicLimits.Posts)]
[NoStore]
[PortalIntake]
public sealed class DetailsModel(LoaDbContext db, TimeProvider time, HumanCheck humanCheck, UploadStore storage) : PortalPageModel(db)
{
    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public Dialogue Item { get; private set; } = null!;

    public DateTime Now { get; private set; }

    public IReadOnlyDictionary<int, string> UnitNames { get; private set; } = new Dictionary<int, string>();

    public bool Published => Item.Status == DialogueStatus.Published;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnGetPhotoAsync(int id, int photo, bool thumbnail = false)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        return Published && MinutesModel.PhotoFile(storage, Item, photo, thumbnail) is { } file ? file : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!Item.TakesQuestions(Now))
        {
            ModelState.AddModelError(string.Empty, "Cuộc này không còn nhận câu hỏi.");
            return Page();
        }

        if (await humanCheck.ProblemAsync(Request.Form, HttpContext.RequestAborted) is { } robot)
        {
            ModelState.AddModelError(string.Empty, robot);
            return Page();
        }

        foreach (var (field, message) in Input.Problems())
        {
            ModelState.AddModelError(field, message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var question = Input.ToQuestion(Item, Now);
        Db.DialogueQuestions.Add(question);
        await QuestionNumbering.SaveNewAsync(Db, question, HttpContext.RequestAborted);
        TempData["QuestionNumber"] = question.Number;
        return Redirect($"{Commune.Path}/dialogues/{id}/sent");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        await LoadProfileAsync();
        Now = time.GetUtcNow().UtcDateTime;
        var found = await Db.Dialogues.AsNoTracking().Include(d => d.Groups).Include(d => d.Photos).AsSplitQuery()
            .Where(Dialogue.OnPortal).FirstOrDefaultAsync(d => d.Id == id && d.CommuneId == Commune.Id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        found.Groups = [.. found.Groups.OrderBy(g => g.Order).ThenBy(g => g.Id)];
        Item = found;
        if (found.Status == DialogueStatus.Published)
        {
            // only the count of questions of each topic, never their text or askers
            var counts = await Db.DialogueQuestions.Where(q => q.DialogueId == id && q.GroupId != null)
                .GroupBy(q => q.GroupId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(HttpContext.RequestAborted);
            QuestionCounts = counts.ToDictionary(c => c.Key!.Value, c => c.Count);
            UnitNames = await Db.Units.AsNoTracking().Where(u => u.CommuneId == found.CommuneId)
                .ToDictionaryAsync(u => u.Id, u => u.Name, HttpContext.RequestAborted);
        }

        return null;
    }

    public IReadOnlyDictionary<int, int> QuestionCounts { get; private set; } = new Dictionary<int, int>();
}
