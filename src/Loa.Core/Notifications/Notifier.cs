using Loa.Data;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>Leaves a message for people in the app; the same message (by its key) never reaches the same person twice.</summary>
public static class Notifier
{
    /// <summary>
    /// Adds the notification for each user who does not have it yet and saves (unless the caller saves it with its
    /// own change); returns how many were new.
    /// </summary>
    public static async Task<int> NotifyAsync(
        LoaDbContext db,
        IReadOnlyCollection<(string UserId, int? ProvinceId, int? CommuneId)> users,
        string title,
        string body,
        string? link,
        string dedupKey,
        DateTime now,
        bool save = true,
        CancellationToken cancellationToken = default)
    {
        if (users.Count == 0)
        {
            return 0;
        }

        var ids = users.Select(u => u.UserId).Distinct().ToList();
        var already = await db.Notifications.Where(n => n.DedupKey == dedupKey && ids.Contains(n.UserId)).Select(n => n.UserId).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var user in users.DistinctBy(u => u.UserId).Where(u => !already.Contains(u.UserId)))
        {
            db.Notifications.Add(new Notification
            {
                UserId = user.UserId,
                ProvinceId = user.ProvinceId,
                CommuneId = user.CommuneId,
                CreatedAt = now,
                Title = Cut(title, 300),
                Body = Cut(body, 2000),
                Link = link,
                DedupKey = Cut(dedupKey, 200),
            });
            added++;
        }

        if (save)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return added;
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
