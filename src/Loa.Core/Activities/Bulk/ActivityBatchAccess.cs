using Loa.Data;
using Loa.Text;

namespace Loa.Activities.Bulk;

/// <summary>
/// Who may review and confirm a held activity sheet, and when (docs/decisions/0028). The DbContext already hides other
/// communes' sheets; within the commune, a sheet is its uploader's alone (it records in their name), and it is saved once.
/// </summary>
public static class ActivityBatchAccess
{
    /// <summary>How long an uploaded sheet is held for review.</summary>
    public static readonly TimeSpan HeldFor = TimeSpan.FromHours(24);

    /// <summary>Null when <paramref name="userId"/> may see the sheet's review; otherwise why not, in Vietnamese.</summary>
    public static string? RefusalToReview(string userId, ActivityBatch batch) =>
        batch.UploadedById == userId ? null : "Bảng hoạt động này do người khác tải lên; chỉ người tải lên mới xem và lưu được.";

    /// <summary>Null when <paramref name="userId"/> may save the sheet at <paramref name="now"/>; otherwise why not, in Vietnamese.</summary>
    public static string? RefusalToConfirm(string userId, ActivityBatch batch, DateTime now)
    {
        if (RefusalToReview(userId, batch) is { } refusal)
        {
            return refusal;
        }

        if (batch.ConfirmedAt is { } confirmed)
        {
            return $"Bảng này đã được lưu lúc {DisplayTime.Moment(confirmed)} ({batch.SavedCount} hoạt động); không lưu lần nữa.";
        }

        return now >= batch.ExpiresAt ? "Bảng này đã hết hạn (Loa giữ tệp tải lên trong 24 giờ): hãy tải tệp lên lại." : null;
    }
}
