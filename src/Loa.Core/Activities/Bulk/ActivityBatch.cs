using Loa.Domain;

namespace Loa.Activities.Bulk;

/// <summary>
/// A filled-in activity sheet waiting for its uploader to confirm it (docs/decisions/0028): the file is held by the upload
/// store in the commune's folder under <see cref="StoredName"/>, never in the page; it expires at <see cref="ExpiresAt"/>,
/// and once confirmed (<see cref="ConfirmedAt"/>) it cannot be saved again.
/// </summary>
public sealed class ActivityBatch : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    /// <summary>The plan whose tasks the sheet lists.</summary>
    public int PlanId { get; set; }

    /// <summary>The uploader's file name, cleaned; shown only.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The random name of the held file.</summary>
    public string StoredName { get; set; } = "";

    public string UploadedById { get; set; } = "";

    public DateTime UploadedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    /// <summary>How many activities the confirmation saved.</summary>
    public int SavedCount { get; set; }

    public int Version { get; set; }
}
