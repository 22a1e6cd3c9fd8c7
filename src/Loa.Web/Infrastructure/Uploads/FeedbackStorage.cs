using System.Security.Cryptography;
using Loa.Feedbacks;
using Loa.Files;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Uploads;

/// <summary>
/// A citizen's attachments to a feedback: images or PDF only (by content), a few files of limited size, stored under
/// random names in the data folder (<see cref="FeedbackFiles"/>), never served to the public.
/// </summary>
public sealed class FeedbackStorage(LoaPaths paths, IOptions<FeedbackOptions> options)
{
    private static readonly string[] Allowed = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"];

    public int MaxFiles => options.Value.MaxAttachments;

    public long MaxFileBytes => options.Value.MaxAttachmentBytes;

    /// <summary>One Vietnamese message per problem; nothing is written.</summary>
    public async Task<List<string>> ValidateAsync(IReadOnlyList<IFormFile> uploads, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (uploads.Count > MaxFiles)
        {
            problems.Add($"Chỉ gửi kèm được tối đa {MaxFiles} tệp.");
            return problems;
        }

        foreach (var upload in uploads)
        {
            var name = UploadedFiles.CleanFileName(upload.FileName);
            if (upload.Length == 0)
            {
                problems.Add($"Tệp \"{name}\" trống.");
            }
            else if (upload.Length > MaxFileBytes)
            {
                problems.Add($"Tệp \"{name}\" lớn hơn giới hạn {MaxFileBytes / (1024 * 1024)} MB.");
            }
            else
            {
                await using var content = await UploadedFiles.ReadAsync(upload, cancellationToken);
                if (KindOf(content) is null)
                {
                    problems.Add($"Tệp \"{name}\" không phải ảnh (JPEG, PNG, GIF, WebP) hoặc PDF.");
                }
            }
        }

        return problems;
    }

    /// <summary>Writes the (validated) files and returns their records, not yet saved; <see cref="Discard"/> removes them if the save fails.</summary>
    public async Task<List<FeedbackAttachment>> StoreAsync(IReadOnlyList<IFormFile> uploads, int provinceId, int communeId, CancellationToken cancellationToken)
    {
        var stored = new List<FeedbackAttachment>();
        try
        {
            foreach (var upload in uploads)
            {
                await using var content = await UploadedFiles.ReadAsync(upload, cancellationToken);
                var kind = KindOf(content) ?? throw new InvalidDataException("unchecked upload");
                var attachment = new FeedbackAttachment
                {
                    ProvinceId = provinceId,
                    CommuneId = communeId,
                    FileName = UploadedFiles.DownloadName(upload.FileName, kind),
                    StoredName = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                    ContentType = kind.ContentType,
                    Length = content.Length,
                };
                var path = FeedbackFiles.PathOf(paths.Data, attachment);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    await content.CopyToAsync(file, cancellationToken);
                }

                stored.Add(attachment);
            }

            return stored;
        }
        catch
        {
            Discard(stored);
            throw;
        }
    }

    public void Discard(IEnumerable<FeedbackAttachment> attachments)
    {
        foreach (var attachment in attachments)
        {
            File.Delete(PathOf(attachment));
        }
    }

    public string PathOf(FeedbackAttachment attachment) => FeedbackFiles.PathOf(paths.Data, attachment);

    private static FileKind? KindOf(Stream content) => FileSignatures.Detect(content) is { } kind && Allowed.Contains(kind.ContentType) ? kind : null;
}
