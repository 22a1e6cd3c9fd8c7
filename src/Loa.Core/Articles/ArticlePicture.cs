using Loa.Domain;

namespace Loa.Articles;

/// <summary>
/// An image the commune uploaded for the bodies of its articles: its pictures library, from which the editor picks.
/// The file lies in the commune's article folder under <see cref="StoredName"/> (random, unguessable) and is served on
/// the portal at <see cref="ArticleBody.PictureUrl"/>; an article's body may show only its own commune's pictures.
/// </summary>
public sealed class ArticlePicture : ICommuneOwned, IAudited
{
    public const int StoredNameMax = 32;
    public const int ContentTypeMax = 100;
    public const int FileNameMax = 200;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    /// <summary>32 lower-case hex characters: the file's name in the store and in its address.</summary>
    public string StoredName { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>The name of the file the officer uploaded, to recognise it in the picker.</summary>
    public string FileName { get; set; } = "";

    public long Bytes { get; set; }

    public DateTime UploadedAt { get; set; }

    public string? UploadedById { get; set; }
}
