using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Notifications;

/// <summary>How many unread notifications the signed-in person has (the number beside "Thông báo" in the menu).</summary>
public sealed class UnreadNotifications(LoaDbContext db)
{
    public async Task<int> CountAsync()
    {
        if (db.Scope.UserId is not { } userId)
        {
            return 0;
        }

        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null);
    }
}
