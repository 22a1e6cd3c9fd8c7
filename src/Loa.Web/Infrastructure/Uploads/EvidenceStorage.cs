using System.Security.Cryptography;
using Loa.Activities;
using Loa.Files;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>
/// Checks uploaded evidence (kind by content, size per file, the commune's quota) and stores it under a
/// random name in the data folder, outside the web root. Files of a failed save are removed again.
/// </summary>
public sealed class EvidenceStorage(LoaPaths paths, IOptions<LoaOptions> options, CommuneQuota quota)
{
    public long MaxFileBytes => options.Value.MaxUploadBytes;

    /// <summary>Validates the uploads; returns one Vietnamese message per problem, and nothing is written.</summary>
    public async Task<List<string>> ValidateAsync(IReadOnlyList<IFormFile> uploads, int communeId, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var upload in uploads)
        {
            var name = UploadedFiles.CleanFileName(upload.FileName);
            if (upload.Length == 0)
            {
                problems.Add($"Tệp \"{name}\" trống.");
                continue;
            }

            if (upload.Length > MaxFileBytes)
            {
                problems.Add($"Tệp \"{name}\" lớn hơn giới hạn {MaxFileBytes / (1024 * 1024)} MB.");
                continue;
            }

            await using var stream = await UploadedFiles.ReadAsync(upload, cancellationToken);
            if (FileSignatures.Detect(stream) is null)
            {
                problems.Add($"Tệp \"{name}\" không phải loại được nhận (ảnh, PDF, video MP4, Word, Excel, PowerPoint).");
            }
        }

        if (!quota.Allows(communeId, uploads.Sum(u => u.Length)))
        {
            problems.Add(CommuneQuota.Full);
        }

        return problems;
    }

    /// <summary>Writes the files and returns their records (not yet saved); <see cref="Discard"/> removes them if the save fails.</summary>
    public async Task<List<EvidenceFile>> StoreAsync(IReadOnlyList<IFormFile> uploads, int provinceId, int communeId, string userId, CancellationToken cancellationToken)
    {
        var stored = new List<EvidenceFile>();
        try
        {
            foreach (var upload in uploads)
            {
                await using var content = await UploadedFiles.ReadAsync(upload, cancellationToken);
                var kind = FileSignatures.Detect(content) ?? throw new InvalidDataException("unchecked upload");
                var storedName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                var folder = Path.Combine(paths.Uploads, communeId.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Directory.CreateDirectory(folder);
                var hash = await SHA256.HashDataAsync(content, cancellationToken);
                content.Position = 0;
                await using (var file = new FileStream(Path.Combine(folder, storedName), FileMode.CreateNew, FileAccess.Write))
                {
                    await content.CopyToAsync(file, cancellationToken);
                }

                stored.Add(new EvidenceFile
                {
                    ProvinceId = provinceId,
                    CommuneId = communeId,
                    FileName = UploadedFiles.DownloadName(upload.FileName, kind),
                    StoredName = storedName,
                    ContentType = kind.ContentType,
                    Length = content.Length,
                    Sha256 = Convert.ToHexStringLower(hash),
                    UploadedAt = DateTime.UtcNow,
                    UploadedById = userId,
                });
            }

            return stored;
        }
        catch
        {
            Discard(stored);
            throw;
        }
    }

    public void Discard(IEnumerable<EvidenceFile> files)
    {
        foreach (var file in files)
        {
            File.Delete(PathOf(file));
        }
    }

    public string PathOf(EvidenceFile file) =>
        Path.Combine(paths.Uploads, (file.CommuneId ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), file.StoredName);
}
