using System.Globalization;
using Loa.Files;
using Loa.Web.Infrastructure.Uploads;

namespace Loa.Web.Pages.Dialogues;

/// <summary>
/// Photos of a dialogue for its minutes: raster images by their content, up to 10 MB each and 10 a form, cleaned as evidence
/// photos are (upright, without EXIF/GPS) with a thumbnail, counted in the commune's quota, in <c>uploads/{commune}/dialogues</c>.
/// </summary>
public static class DialoguePhotoPolicy
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static UploadPolicy Photos { get; } = new()
    {
        Use = "dialogue-photo",
        MaxFileBytes = MaxBytes,
        MaxFiles = 10,
        Accepts = kind => EvidenceImages.IsImage(kind.ContentType),
        CountsTowardQuota = true,
        CleansImages = true,
        Folder = (paths, commune) => Path.Combine(paths.Uploads, commune.ToString(CultureInfo.InvariantCulture), "dialogues"),
        EmptyMessage = name => $"Tệp “{name}” trống.",
        TooLargeMessage = (name, mb) => $"Ảnh “{name}” lớn hơn giới hạn {mb} MB.",
        WrongKindMessage = name => $"Tệp “{name}” không phải là ảnh (nhận ảnh JPEG, PNG, GIF, WebP).",
    };
}
