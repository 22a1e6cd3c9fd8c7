using Loa.Activities.Bulk;
using Loa.Data;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Activities.Bulk;

/// <summary>The held file of an activity sheet: read back for review and confirmation, removed once saved or expired.</summary>
public static class ActivityBatchFiles
{
    /// <summary>The held file's bytes, or null when it is gone (removed after expiry).</summary>
    public static async Task<byte[]?> ReadAsync(UploadStore storage, ActivityBatch batch, CancellationToken cancellationToken)
    {
        var path = storage.PathOf(ActivitySheetUploads.Policy, batch.CommuneId!.Value, batch.StoredName);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>Removes the files of the commune's sheets that expired unconfirmed (the rows stay, as the audit's trace).</summary>
    public static async Task RemoveExpiredAsync(LoaDbContext db, UploadStore storage, int communeId, DateTime now)
    {
        var expired = await db.ActivityBatches.AsNoTracking()
            .Where(b => b.CommuneId == communeId && b.ConfirmedAt == null && b.ExpiresAt < now)
            .Select(b => b.StoredName)
            .ToListAsync();
        storage.Discard(ActivitySheetUploads.Policy, communeId, expired);
    }
}
