using Loa.Data;
using Loa.Notifications;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Notifications;

/// <summary>The signed-in person's notifications, newest first: reminders of deadlines and late tasks, reports to approve or returned.</summary>
[Authorize]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Items = await Mine().OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(200).AsNoTracking().ToListAsync();
    }

    /// <summary>Marks the notification read and follows its link (only links inside Loa).</summary>
    public async Task<IActionResult> OnPostOpenAsync(long id)
    {
        var notification = await Mine().FirstOrDefaultAsync(n => n.Id == id);
        if (notification is null)
        {
            return NotFound();
        }

        if (notification.ReadAt is null)
        {
            await Mine().Where(n => n.Id == id).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, time.GetUtcNow().UtcDateTime));
        }

        return notification.Link is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync()
    {
        var count = await Mine().Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, time.GetUtcNow().UtcDateTime));
        TempData["Flash"] = count == 0 ? "Không có thông báo chưa đọc." : $"Đã đánh dấu {count} thông báo là đã đọc.";
        return RedirectToPage();
    }

    private IQueryable<Notification> Mine()
    {
        var userId = db.Scope.UserId ?? "";
        return db.Notifications.Where(n => n.UserId == userId);
    }
}
