using Loa.Files;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>
/// What one use of uploads accepts and where its files lie: the kinds (by content), the size of a file, how many files,
/// whether they count toward the commune's quota (<see cref="CommuneQuota"/>), the folder, and the Vietnamese messages.
/// <see cref="UploadStore"/> applies it; <see cref="UploadPolicies"/> holds the policy of each use.
/// </summary>
public sealed record UploadPolicy
{
    /// <summary>"evidence", "feedback", "article-image": only for reading code and logs.</summary>
    public required string Use { get; init; }

    public required long MaxFileBytes { get; init; }

    /// <summary>The most files one form may send; null for no limit.</summary>
    public int? MaxFiles { get; init; }

    /// <summary>Which kinds recognised by <see cref="FileSignatures"/> are taken.</summary>
    public required Func<FileKind, bool> Accepts { get; init; }

    /// <summary>Whether the files count toward the commune's storage quota (everything under <c>uploads/{commune}</c>).</summary>
    public bool CountsTowardQuota { get; init; }

    /// <summary>
    /// Whether photos are cleaned as they are stored (<see cref="EvidenceImages"/>: upright, without EXIF/GPS) and get a
    /// thumbnail; an image that does not decode is refused.
    /// </summary>
    public bool CleansImages { get; init; }

    /// <summary>The folder of a commune's files of this use.</summary>
    public required Func<LoaPaths, int, string> Folder { get; init; }

    /// <summary>"Tệp "x.pdf" trống."</summary>
    public required Func<string, string> EmptyMessage { get; init; }

    /// <summary>The file name and the limit in MB.</summary>
    public required Func<string, long, string> TooLargeMessage { get; init; }

    public required Func<string, string> WrongKindMessage { get; init; }

    public Func<int, string> TooManyMessage { get; init; } = max => $"Chỉ gửi kèm được tối đa {max} tệp.";

    /// <summary>The kind of <paramref name="content"/> when this use takes it, else null.</summary>
    public FileKind? KindOf(Stream content) => FileSignatures.Detect(content) is { } kind && Accepts(kind) ? kind : null;
}

/// <summary>Why an upload was refused, in Vietnamese; <see cref="TooLarge"/> answers 413, anything else 400.</summary>
public sealed record UploadProblem(string Message, bool TooLarge)
{
    public int StatusCode => TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
}

/// <summary>A file written by <see cref="UploadStore"/>: its random name, the cleaned download name, its kind, size and SHA-256.</summary>
public sealed record StoredUpload(string StoredName, string FileName, string ContentType, long Length, string Sha256, string? ThumbnailName = null);
