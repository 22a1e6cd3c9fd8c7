using System.Security.Cryptography;
using Loa.Activities;
using Loa.Data;
using Loa.Files;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>
/// Photos stored before thumbnails existed (docs/decisions/0028) are cleaned when first shown: the stored photo is replaced
/// by its upright copy without EXIF, its thumbnail written, the record updated; a photo that does not decode keeps no
/// thumbnail and is offered as a download only.
/// </summary>
public static class EvidenceThumbnails
{
    /// <summary>Makes the thumbnail of <paramref name="file"/> (a tracked entity) if it is a photo that has none; true when it has one.</summary>
    public static async Task<bool> EnsureAsync(
        LoaDbContext db, UploadStore storage, UploadPolicy policy, EvidenceFile file, CancellationToken cancellationToken)
    {
        if (!EvidenceImages.IsImage(file.ContentType))
        {
            return false;
        }

        if (file.ThumbnailName is not null)
        {
            return true;
        }

        var communeId = file.CommuneId ?? 0;
        var path = storage.PathOf(policy, communeId, file.StoredName);
        if (!File.Exists(path))
        {
            return false;
        }

        var image = EvidenceImages.Clean(await File.ReadAllBytesAsync(path, cancellationToken), file.ContentType, file.FileName);
        if (image.Problem is not null)
        {
            return false;
        }

        var old = file.StoredName;
        var photo = await storage.WriteAsync(policy, new MemoryStream(image.Photo), communeId, cancellationToken);
        var thumbnail = await storage.WriteAsync(policy, new MemoryStream(image.Thumbnail), communeId, cancellationToken);
        (file.StoredName, file.ThumbnailName, file.Length) = (photo, thumbnail, image.Photo.Length);
        file.Sha256 = Convert.ToHexStringLower(SHA256.HashData(image.Photo));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            storage.Discard(policy, communeId, [photo, thumbnail]);
            throw;
        }

        storage.Discard(policy, communeId, [old]);
        return true;
    }
}
