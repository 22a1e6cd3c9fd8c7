using Loa.Domain;
namespace Loa.Activities;

/// <summary>A file uploaded as evidence of an activity: stored under a random name outside the web root.</summary>
public sealed class EvidenceFile : ICommuneOwned, IAudited
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int ActivityId { get; set; }

    /// <summary>The uploader's file name, cleaned of any path; shown and used for downloads only.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The random name on disk.</summary>
    public string StoredName { get; set; } = "";

    /// <summary>The type found in the content (not the one the browser claimed).</summary>
    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    /// <summary>
    /// The random name of the photo's thumbnail (docs/decisions/0028); null for files that are not photos, and for photos
    /// stored before thumbnails, until the gallery makes it.
    /// </summary>
    public string? ThumbnailName { get; set; }

    public string Sha256 { get; set; } = "";

    public DateTime UploadedAt { get; set; }

    public string UploadedById { get; set; } = "";
}
