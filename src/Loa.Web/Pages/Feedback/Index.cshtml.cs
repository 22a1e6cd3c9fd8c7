using Loa.Data;
using Loa.Domain;
using Loa.Feedbacks;
using Loa.Text;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Feedback;

/// <summary>
/// The commune's feedback inbox: status, due date and overdue marks, filters. The coordinator and the leader see
/// every feedback of the commune; a unit officer those given to their unit.
/// </summary>
[Authorize(Policy = Policies.CommuneStaff)]
[NoStore]
public sealed class IndexModel(LoaDbContext db, TimeProvider time, IOptions<FeedbackOptions> options) : PageModel
{
    public int WorkingDays => options.Value.ProcessingWorkingDays;

    /// <summary>"open" (default), "overdue", "all", or a status name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Unit { get; set; }

    public DateOnly Today { get; private set; }

    public IReadOnlyList<InboxRow> Rows { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    public Dictionary<string, int> Counts { get; private set; } = [];

    public bool SeesAll => FeedbackWorkflow.SeesAll(db.Scope.Role);

    public async Task<IActionResult> OnGetAsync()
    {
        Today = VietnamTime.Today(time);
        var mine = Visible();
        var open = mine.Where(Loa.Feedbacks.Feedback.Open);
        Counts = new Dictionary<string, int>
        {
            ["open"] = await open.CountAsync(),
            ["overdue"] = await open.CountAsync(f => f.DueOn < Today),
            ["Received"] = await mine.CountAsync(f => f.Status == FeedbackStatus.Received),
            ["Answered"] = await mine.CountAsync(f => f.Status == FeedbackStatus.Answered),
        };
        Show ??= "open";
        var shown = Show switch
        {
            "open" => open,
            "overdue" => open.Where(f => f.DueOn < Today),
            "all" => mine,
            _ when Enum.TryParse<FeedbackStatus>(Show, out var status) && Enum.IsDefined(status) => mine.Where(f => f.Status == status),
            _ => open,
        };
        if (SeesAll && Unit is { } unit)
        {
            shown = shown.Where(f => f.AssignedUnitId == unit);
        }

        Rows = await shown.OrderBy(
            f => f.Status == FeedbackStatus.Received || f.Status == FeedbackStatus.Assigned || f.Status == FeedbackStatus.Answered ? 0 : 1)
            .ThenBy(f => f.DueOn).ThenBy(f => f.Id)
            .Take(500)
            .Select(f => new InboxRow(
                f.Id,
                f.Number,
                f.Subject,
                f.Category,
                f.Status,
                f.ReceivedAt,
                f.DueOn,
                db.Units.Where(u => u.Id == f.AssignedUnitId).Select(u => u.Name).FirstOrDefault(),
                f.AnonymisedAt != null))
            .ToListAsync();
        if (SeesAll)
        {
            Units = (await db.Units.AsNoTracking().Where(
                u => u.CommuneId == db.Scope.CommuneId && !u.IsArchived).Select(u => new { u.Id, u.Name }).ToListAsync())
                .OrderBy(u => u.Name, VietnameseOrder.Instance)
                .Select(u => (u.Id, u.Name)).ToList();
        }

        return Page();
    }

    private IQueryable<Loa.Feedbacks.Feedback> Visible()
    {
        var all = db.Feedback.AsNoTracking().Where(f => f.CommuneId == db.Scope.CommuneId);
        return SeesAll ? all : all.Where(f => f.AssignedUnitId != null && f.AssignedUnitId == db.Scope.UnitId);
    }
}

public sealed record InboxRow(
    int Id, int Number, string Subject, FeedbackCategory Category, FeedbackStatus Status, DateTime ReceivedAt, DateOnly DueOn, string? Unit, bool Anonymised)
{
    public bool IsOpen => Status is FeedbackStatus.Received or FeedbackStatus.Assigned or FeedbackStatus.Answered;
}
