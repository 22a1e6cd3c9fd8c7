using System.Globalization;
using System.Security.Cryptography;
using Loa.Files;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>
/// The cover or infographic image of an article: an image by its content (JPEG, PNG, GIF, WebP), at most
/// <see cref="MaxBytes"/>, stored under a random name in the data folder (outside the web root) and served only
/// through the article's pages (the public one only while the article is public).
/// </summary>
public sealed class ArticleImages(LoaPaths paths)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The largest request an article form may send: the image and the text around it.</summary>
    public const long RequestBytes = MaxBytes + (2 * 1024 * 1024);

    /// <summary>What is wrong with the upload, in Vietnamese, and whether it is too large (413); null when it is a usable image.</summary>
    public static async Task<(string Message, bool TooLarge)?> ProblemAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        var name = UploadedFiles.CleanFileName(upload.FileName);
        if (upload.Length == 0)
        {
            return ($"Tệp “{name}” trống.", false);
        }

        if (upload.Length > MaxBytes)
        {
            return ($"Ảnh “{name}” lớn hơn giới hạn {MaxBytes / (1024 * 1024)} MB: hãy thu nhỏ ảnh rồi tải lại.", true);
        }

        await using var content = await UploadedFiles.ReadAsync(upload, cancellationToken);
        return FileSignatures.Detect(content) is { ContentType: var type } && type.StartsWith("image/", StringComparison.Ordinal)
            ? null
            : ($"Tệp “{name}” không phải là ảnh (nhận ảnh JPEG, PNG, GIF, WebP).", false);
    }

    /// <summary>Writes a checked image and returns its random name and its type.</summary>
    public async Task<(string StoredName, string ContentType)> StoreAsync(IFormFile upload, int communeId, CancellationToken cancellationToken)
    {
        await using var content = await UploadedFiles.ReadAsync(upload, cancellationToken);
        var kind = FileSignatures.Detect(content) ?? throw new InvalidDataException("unchecked upload");
        return (await WriteAsync(content, communeId, cancellationToken), kind.ContentType);
    }

    /// <summary>Writes image bytes made by the app (the demo's infographics).</summary>
    public async Task<string> WriteAsync(Stream content, int communeId, CancellationToken cancellationToken)
    {
        var storedName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(communeId, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await content.CopyToAsync(file, cancellationToken);
        return storedName;
    }

    public void Delete(int communeId, string? storedName)
    {
        if (storedName is { Length: > 0 })
        {
            File.Delete(PathOf(communeId, storedName));
        }
    }

    /// <summary>Where an image lies; the stored name is ours (hex), never the uploader's.</summary>
    public string PathOf(int communeId, string storedName)
    {
        if (storedName.Length == 0 || !storedName.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("not a stored image name", nameof(storedName));
        }

        return Path.Combine(paths.Uploads, communeId.ToString(CultureInfo.InvariantCulture), "articles", storedName);
    }
}
