using System.IO.Compression;

namespace Loa.Files;

/// <summary>
/// Recognises a file by its content (magic bytes), never by its name. Office files are ZIP packages: they are
/// checked for entry count and total uncompressed size before anything reads them (zip bombs).
/// </summary>
public static class FileSignatures
{
    public const int MaxZipEntries = 2000;
    public const long MaxZipUncompressedBytes = 200L * 1024 * 1024;

    /// <summary>The kinds accepted as evidence, with the content type and extension they are served with.</summary>
    public static readonly IReadOnlyList<FileKind> Evidence =
    [
        new("image/jpeg", ".jpg", "Ảnh JPEG"),
        new("image/png", ".png", "Ảnh PNG"),
        new("image/gif", ".gif", "Ảnh GIF"),
        new("image/webp", ".webp", "Ảnh WebP"),
        new("application/pdf", ".pdf", "PDF"),
        new("video/mp4", ".mp4", "Video MP4"),
        new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "Word (.docx)"),
        new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "Excel (.xlsx)"),
        new("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx", "PowerPoint (.pptx)"),
    ];

    /// <summary>The kind of the content, or null when it is none of the accepted kinds (or a suspicious package).</summary>
    public static FileKind? Detect(Stream content)
    {
        Span<byte> head = stackalloc byte[16];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var h = head[..read];
        string? type =
            StartsWith(h, 0xFF, 0xD8, 0xFF) ? "image/jpeg" :
            StartsWith(h, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A) ? "image/png" :
            StartsWith(h, "GIF87a"u8) || StartsWith(h, "GIF89a"u8) ? "image/gif" :
            StartsWith(h, "RIFF"u8) && h.Length >= 12 && h[8..12].SequenceEqual("WEBP"u8) ? "image/webp" :
            StartsWith(h, "%PDF-"u8) ? "application/pdf" :
            h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8) ? "video/mp4" :
            StartsWith(h, 0x50, 0x4B, 0x03, 0x04) ? OfficeType(content) :
            null;
        content.Position = 0;
        return type is null ? null : Evidence.First(k => k.ContentType == type);
    }

    /// <summary>Checks a ZIP package's directory without inflating anything; throws <see cref="InvalidDataException"/> for a bomb.</summary>
    public static void EnsureSafeZip(ZipArchive archive)
    {
        if (archive.Entries.Count > MaxZipEntries)
        {
            throw new InvalidDataException($"Tệp nén có quá nhiều thành phần ({archive.Entries.Count}).");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            if (entry.Length > MaxZipUncompressedBytes || total > MaxZipUncompressedBytes)
            {
                throw new InvalidDataException("Tệp nén khi giải nén quá lớn (nghi là tệp độc hại).");
            }

            if (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > 200)
            {
                throw new InvalidDataException("Tỷ lệ nén bất thường (nghi là tệp độc hại).");
            }
        }
    }

    private static string? OfficeType(Stream content)
    {
        try
        {
            using var archive = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            EnsureSafeZip(archive);
            if (archive.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return archive.GetEntry("word/document.xml") is not null ? Evidence[6].ContentType
                : archive.GetEntry("xl/workbook.xml") is not null ? Evidence[7].ContentType
                : archive.GetEntry("ppt/presentation.xml") is not null ? Evidence[8].ContentType
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool StartsWith(ReadOnlySpan<byte> data, params ReadOnlySpan<byte> prefix) =>
        data.Length >= prefix.Length && data[..prefix.Length].SequenceEqual(prefix);
}

/// <summary>An accepted file kind: its content type, the extension it is served with, and its Vietnamese name.</summary>
public sealed record FileKind(string ContentType, string Extension, string Label);
