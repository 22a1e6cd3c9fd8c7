using Loa.Activities;
using Loa.Feedbacks;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>The records (not yet saved) of files <see cref="UploadStore"/> has written, for each use that keeps a record.</summary>
public static class UploadRecords
{
    public static List<EvidenceFile> Evidence(IEnumerable<StoredUpload> stored, int provinceId, int communeId, string userId) =>
        stored.Select(s => new EvidenceFile
        {
            ProvinceId = provinceId,
            CommuneId = communeId,
            FileName = s.FileName,
            StoredName = s.StoredName,
            ContentType = s.ContentType,
            Length = s.Length,
            Sha256 = s.Sha256,
            ThumbnailName = s.ThumbnailName,
            UploadedAt = DateTime.UtcNow,
            UploadedById = userId,
        }).ToList();

    /// <summary>The files on disk of evidence records: each photo and its thumbnail.</summary>
    public static IEnumerable<string?> StoredNames(IEnumerable<EvidenceFile> files) => files.SelectMany(f => new[] { f.StoredName, f.ThumbnailName });

    public static List<FeedbackAttachment> FeedbackAttachments(IEnumerable<StoredUpload> stored, int provinceId, int communeId) =>
        stored.Select(s => new FeedbackAttachment
        {
            ProvinceId = provinceId,
            CommuneId = communeId,
            FileName = s.FileName,
            StoredName = s.StoredName,
            ContentType = s.ContentType,
            Length = s.Length,
        }).ToList();
}
