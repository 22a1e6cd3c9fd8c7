using System.Globalization;
using Loa.Activities.Bulk;
using Loa.Web.Infrastructure.Uploads;

namespace Loa.Web.Pages.Activities.Bulk;

/// <summary>
/// Where a filled activity sheet waits between upload and confirmation (docs/decisions/0028): an Excel workbook by its
/// content, at most <see cref="ActivitySheetReader.MaxBytes"/>, in <c>activity-sheets/{commune}</c> of the data folder, outside
/// the quota (it is removed once saved or expired).
/// </summary>
public static class ActivitySheetUploads
{
    public static UploadPolicy Policy { get; } = new()
    {
        Use = "activity-sheet",
        MaxFileBytes = ActivitySheetReader.MaxBytes,
        MaxFiles = 1,
        Accepts = kind => kind.Extension == ".xlsx",
        Folder = (paths, commune) => Path.Combine(paths.Data, "activity-sheets", commune.ToString(CultureInfo.InvariantCulture)),
        EmptyMessage = name => $"Tệp “{name}” trống.",
        TooLargeMessage = (name, mb) => $"Tệp “{name}” lớn hơn {mb} MB: hãy chia thành nhiều tệp.",
        WrongKindMessage = name => $"Tệp “{name}” không phải bảng tính Excel (.xlsx). Hãy điền vào tệp mẫu tải về từ Loa rồi lưu dạng .xlsx.",
    };
}
