using System.Security.Cryptography;
using Loa.Files;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>
/// The one store of uploaded files: checks uploads against a use's <see cref="UploadPolicy"/> (kind by content, size,
/// number, the commune's quota) and writes them under random names in the data folder, outside the web root.
/// Files of a failed save are removed again with <see cref="Discard"/>.
/// </summary>
public sealed class UploadStore(LoaPaths paths, CommuneQuota quota)
{
    /// <summary>
    /// What is wrong with the uploads, one problem per file and the quota last; nothing is written. Without a commune
    /// (<paramref name="communeId"/> null) the quota is not counted.
    /// </summary>
    public async Task<List<UploadProblem>> CheckAsync(
        UploadPolicy policy, IReadOnlyList<IFormFile> uploads, int? communeId, CancellationToken cancellationToken)
    {
        var problems = new List<UploadProblem>();
        if (policy.MaxFiles is { } max && uploads.Count > max)
        {
            problems.Add(new(policy.TooManyMessage(max), false));
            return problems;
        }

        foreach (var upload in uploads)
        {
            if (await CheckAsync(policy, upload, cancellationToken) is { } problem)
            {
                problems.Add(problem);
            }
        }

        if (policy.CountsTowardQuota && communeId is { } commune && !quota.Allows(commune, uploads.Sum(u => u.Length)))
        {
            problems.Add(new(CommuneQuota.Full, false));
        }

        return problems;
    }

    /// <summary>Writes checked uploads and returns what was written; the caller records them and saves.</summary>
    public async Task<List<StoredUpload>> StoreAsync(UploadPolicy policy, IReadOnlyList<IFormFile> uploads, int communeId, CancellationToken cancellationToken)
    {
        var stored = new List<StoredUpload>();
        try
        {
            foreach (var upload in uploads)
            {
                await using var content = await UploadedFiles.ReadAsync(upload, cancellationToken);
                var kind = policy.KindOf(content) ?? throw new InvalidDataException("unchecked upload");
                var fileName = UploadedFiles.DownloadName(upload.FileName, kind);
                if (policy.CleansImages && EvidenceImages.IsImage(kind.ContentType))
                {
                    var image = EvidenceImages.Clean(content.ToArray(), kind.ContentType, fileName);
                    if (image.Problem is not null)
                    {
                        throw new InvalidDataException("unchecked upload");
                    }

                    var photoName = await WriteAsync(policy, new MemoryStream(image.Photo), communeId, cancellationToken);
                    stored.Add(new(photoName, fileName, kind.ContentType, image.Photo.Length, Convert.ToHexStringLower(SHA256.HashData(image.Photo))));
                    var thumbnailName = await WriteAsync(policy, new MemoryStream(image.Thumbnail), communeId, cancellationToken);
                    stored[^1] = stored[^1] with { ThumbnailName = thumbnailName };
                    continue;
                }

                content.Position = 0;
                var hash = await SHA256.HashDataAsync(content, cancellationToken);
                content.Position = 0;
                var storedName = await WriteAsync(policy, content, communeId, cancellationToken);
                stored.Add(new(storedName, fileName, kind.ContentType, content.Length, Convert.ToHexStringLower(hash)));
            }

            return stored;
        }
        catch
        {
            Discard(policy, communeId, stored.SelectMany(s => new[] { s.StoredName, s.ThumbnailName }));
            throw;
        }
    }

    /// <summary>Writes bytes under a new random name (also for files the app makes, such as the demo's infographics).</summary>
    public async Task<string> WriteAsync(UploadPolicy policy, Stream content, int communeId, CancellationToken cancellationToken)
    {
        var storedName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var path = PathOf(policy, communeId, storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        await content.CopyToAsync(file, cancellationToken);
        return storedName;
    }

    public void Discard(UploadPolicy policy, int communeId, IEnumerable<string?> storedNames)
    {
        foreach (var name in storedNames)
        {
            if (name is { Length: > 0 })
            {
                File.Delete(PathOf(policy, communeId, name));
            }
        }
    }

    /// <summary>Where a stored file lies; the stored name is ours (lower-case hex), never the uploader's.</summary>
    public string PathOf(UploadPolicy policy, int communeId, string storedName)
    {
        if (storedName.Length == 0 || !storedName.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("not a stored file name", nameof(storedName));
        }

        return Path.Combine(policy.Folder(paths, communeId), storedName);
    }

    private static async Task<UploadProblem?> CheckAsync(UploadPolicy policy, IFormFile upload, CancellationToken cancellationToken)
    {
        var name = UploadedFiles.CleanFileName(upload.FileName);
        if (upload.Length == 0)
        {
            return new(policy.EmptyMessage(name), false);
        }

        if (upload.Length > policy.MaxFileBytes)
        {
            return new(policy.TooLargeMessage(name, policy.MaxFileBytes / (1024 * 1024)), true);
        }

        await using var content = await UploadedFiles.ReadAsync(upload, cancellationToken);
        if (policy.KindOf(content) is not { } kind)
        {
            return new(policy.WrongKindMessage(name), false);
        }

        var cleans = policy.CleansImages && EvidenceImages.IsImage(kind.ContentType);
        return cleans && EvidenceImages.Clean(content.ToArray(), kind.ContentType, name).Problem is { } bad ? new(bad, false) : null;
    }
}
