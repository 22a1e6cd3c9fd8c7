using System.Globalization;
using Loa.Feedbacks;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>The policy of each use of uploads: activity evidence, citizens' feedback attachments, article images.</summary>
public sealed class UploadPolicies(IOptions<LoaOptions> options, IOptions<FeedbackOptions> feedback)
{
    /// <summary>The largest article image.</summary>
    public const long ArticleImageBytes = 5 * 1024 * 1024;

    /// <summary>The largest request an article form may send: the image and the text around it.</summary>
    public const long ArticleRequestBytes = ArticleImageBytes + (2 * 1024 * 1024);

    private static readonly string[] FeedbackTypes = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"];

    /// <summary>
    /// Evidence of an activity: every kind Loa recognises (images, PDF, MP4, Word, Excel, PowerPoint), up to
    /// <see cref="LoaOptions.MaxUploadBytes"/> a file, counted in the commune's quota, in <c>uploads/{commune}</c>.
    /// </summary>
    public UploadPolicy Evidence => new()
    {
        Use = "evidence",
        MaxFileBytes = options.Value.MaxUploadBytes,
        Accepts = _ => true,
        CountsTowardQuota = true,
        CleansImages = true,
        Folder = (paths, commune) => Path.Combine(paths.Uploads, Folder(commune)),
        EmptyMessage = name => $"Tệp \"{name}\" trống.",
        TooLargeMessage = (name, mb) => $"Tệp \"{name}\" lớn hơn giới hạn {mb} MB.",
        WrongKindMessage = name => $"Tệp \"{name}\" không phải loại được nhận (ảnh, PDF, video MP4, Word, Excel, PowerPoint).",
    };

    /// <summary>
    /// A citizen's attachments to a feedback: images or PDF only, a few files of limited size (<see cref="FeedbackOptions"/>),
    /// in <c>feedback/{commune}</c> (<see cref="FeedbackFiles"/>), never served to the public and outside the quota.
    /// </summary>
    public UploadPolicy FeedbackAttachment => new()
    {
        Use = "feedback",
        MaxFileBytes = feedback.Value.MaxAttachmentBytes,
        MaxFiles = feedback.Value.MaxAttachments,
        Accepts = kind => FeedbackTypes.Contains(kind.ContentType),
        Folder = (paths, commune) => FeedbackFiles.Folder(paths.Data, commune),
        EmptyMessage = name => $"Tệp \"{name}\" trống.",
        TooLargeMessage = (name, mb) => $"Tệp \"{name}\" lớn hơn giới hạn {mb} MB.",
        WrongKindMessage = name => $"Tệp \"{name}\" không phải ảnh (JPEG, PNG, GIF, WebP) hoặc PDF.",
    };

    /// <summary>
    /// The cover or infographic of an article: a raster image by its content (JPEG, PNG, GIF, WebP), at most
    /// <see cref="ArticleImageBytes"/>, counted in the quota, in <c>uploads/{commune}/articles</c>, served only through
    /// the article's pages.
    /// </summary>
    public static UploadPolicy ArticleImage { get; } = new()
    {
        Use = "article-image",
        MaxFileBytes = ArticleImageBytes,
        MaxFiles = 1,
        Accepts = kind => kind.ContentType.StartsWith("image/", StringComparison.Ordinal),
        CountsTowardQuota = true,
        Folder = (paths, commune) => Path.Combine(paths.Uploads, Folder(commune), "articles"),
        EmptyMessage = name => $"Tệp “{name}” trống.",
        TooLargeMessage = (name, mb) => $"Ảnh “{name}” lớn hơn giới hạn {mb} MB: hãy thu nhỏ ảnh rồi tải lại.",
        WrongKindMessage = name => $"Tệp “{name}” không phải là ảnh (nhận ảnh JPEG, PNG, GIF, WebP).",
    };

    /// <summary>
    /// The PDFs of official documents (Infrastructure/Signing): as issued and as signed, PDF only, outside the quota (they are the
    /// commune's records, not its uploads), in <c>documents/{commune}</c> (a province's in <c>documents/p{province}</c>).
    /// </summary>
    public static UploadPolicy OfficialDocument { get; } = new()
    {
        Use = "official-document",
        MaxFileBytes = Signing.SigningService.MaxSignedBytes,
        MaxFiles = 1,
        Accepts = kind => kind.ContentType == "application/pdf",
        Folder = Signing.OfficialFiles.Folder,
        EmptyMessage = name => $"Tệp “{name}” trống.",
        TooLargeMessage = (name, mb) => $"Tệp “{name}” lớn hơn giới hạn {mb} MB.",
        WrongKindMessage = name => $"Tệp “{name}” không phải là PDF.",
    };

    private static string Folder(int commune) => commune.ToString(CultureInfo.InvariantCulture);
}
