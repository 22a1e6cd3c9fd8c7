using Loa.Articles;
using Loa.Data;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>
/// The commune's news on its portal for the staff who write it: every article with its status, filtered by status,
/// category and words of the title.
/// </summary>
[Authorize(Policy = Policies.ArticleEditor)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ArticleCategory> Categories { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public string CommuneCode { get; private set; } = "";

    public DateTime Now { get; private set; }

    public sealed record Row(
        int Id,
        string Title,
        string Slug,
        ArticleKind Kind,
        string? Category,
        ArticleStatus Status,
        DateTime? PublishAt,
        int Views,
        string? TaskLabel,
        bool HasActivity,
        DateTime UpdatedAt);

    public async Task OnGetAsync()
    {
        Now = time.GetUtcNow().UtcDateTime;
        var now = Now;
        Categories = await ArticleChoices.CategoriesAsync(db, HttpContext.RequestAborted);
        CommuneCode = await db.Communes.AsNoTracking().Where(c => c.Id == db.Scope.CommuneId).Select(c => c.Code).FirstOrDefaultAsync() ?? "";
        var query = db.Articles.AsNoTracking().Where(a => a.CommuneId == db.Scope.CommuneId);
        query = Status switch
        {
            "draft" => query.Where(a => a.Status == ArticleStatus.Draft),
            "scheduled" => query.Where(a => a.Status == ArticleStatus.Scheduled && a.PublishAt > now),
            "published" => query.Where(Article.IsPublic(now)),
            "unpublished" => query.Where(a => a.Status == ArticleStatus.Unpublished),
            _ => query,
        };
        if (Category is { } category)
        {
            query = query.Where(a => a.CategoryId == category);
        }

        var rows = await query
            .OrderByDescending(a => a.UpdatedAt)
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.Slug,
                a.Kind,
                Category = a.Category!.Name,
                a.Status,
                a.PublishAt,
                a.Views,
                a.TaskId,
                a.ActivityId,
                a.UpdatedAt,
            })
            .ToListAsync();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var words = VietnameseText.FoldWords(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            rows = rows.Where(r => words.All(w => VietnameseText.FoldWords(r.Title).Contains(w, StringComparison.Ordinal))).ToList();
        }

        Total = rows.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        var page = rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var taskIds = page.Select(r => r.TaskId).OfType<int>().Distinct().ToList();
        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Label, t.Name, t.Plan!.Year }).ToDictionaryAsync(t => t.Id);
        Rows = page.Select(r => new Row(
            r.Id, r.Title, r.Slug, r.Kind, r.Category, r.Status, r.PublishAt, r.Views,
            r.TaskId is { } t && tasks.TryGetValue(t, out var task) ? PlanYearCredit.TaskName(task.Year, task.Label, task.Name) : null,
            r.ActivityId is not null, r.UpdatedAt)).ToList();
    }

    public string PageLink(int page) =>
        $"/articles?status={Uri.EscapeDataString(Status ?? "")}&category={Category}&q={Uri.EscapeDataString(Q ?? "")}&trang={page}";
}
