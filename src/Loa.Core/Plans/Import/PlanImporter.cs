using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Loa.Files;
using Loa.Plans.Parsing;

namespace Loa.Plans.Import;

/// <summary>
/// Imports a plan from whatever a commune has: a Word document (.docx) from any producer, a PDF with a text layer,
/// plain text, Markdown, text pasted from a PDF, or plan JSON (<c>loa.plan/1</c>). The kind is recognised from the
/// content, never from the name alone. Everything that cannot be read ends in a <see cref="PlanFormatException"/>
/// whose message is Vietnamese and says what to do: files over <see cref="MaxBytes"/>, scanned PDFs, legacy or password-protected Word files, damaged
/// or suspicious ZIP packages (checked with <see cref="FileSignatures.EnsureSafeZip"/> before any part is read),
/// binary data, and documents that are not plans.
/// </summary>
public static partial class PlanImporter
{
    /// <summary>The largest file accepted: 20 MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>
    /// The largest XML part of a .docx read (its declared uncompressed size): 16 MB of WordprocessingML is some
    /// hundreds of pages; the limit bounds the memory the document's object model takes.
    /// </summary>
    public const int MaxPartBytes = 16 * 1024 * 1024;

    /// <summary>The same bound in characters, for the Open XML SDK's reader (a part lying about its size).</summary>
    private const long MaxCharactersInPart = MaxPartBytes;

    /// <summary>Imports a file's bytes. <paramref name="fileName"/> only tells Markdown from plain text (".md").</summary>
    public static ImportResult Import(byte[] content, string? fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnsureSize(content.LongLength);
        if (content.Length == 0)
        {
            throw new PlanFormatException("Tệp trống: không có nội dung để đọc kế hoạch.");
        }

        var bytes = content.AsSpan();
        if (IsPdf(bytes))
        {
            return ImportPdf(content);
        }

        RejectOtherFormats(bytes);
        if (IsZip(bytes))
        {
            return ImportDocx(content);
        }

        var (text, warning) = TextFileDecoder.Decode(bytes);
        try
        {
            return ImportText(text, fileName, warning);
        }
        catch (PlanFormatException ex) when (warning is not null)
        {
            throw new PlanFormatException(ex.Message + " (Tệp không phải văn bản UTF-8; đã thử đọc theo bảng mã Windows-1258.)", ex);
        }
    }

    /// <summary>Imports text typed or pasted by the user (from Word, a PDF, Markdown, or plan JSON), up to <see cref="MaxBytes"/> in UTF-8.</summary>
    public static ImportResult ImportText(string text, string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxBytes || Encoding.UTF8.GetByteCount(text) > MaxBytes)
        {
            throw new PlanFormatException(
                $"Văn bản quá dài ({Megabytes(Encoding.UTF8.GetByteCount(text))} MB): chỉ nhận đến {MaxBytes / (1024 * 1024)} MB.");
        }

        return ImportText(text, fileName, null);
    }

    /// <summary>
    /// Throws the "file too large" message when <paramref name="length"/> is over <see cref="MaxBytes"/>; callers
    /// that receive a file (the web app, the command line) can check before reading it into memory.
    /// </summary>
    public static void EnsureSize(long length)
    {
        if (length > MaxBytes)
        {
            throw new PlanFormatException(
                $"Tệp quá lớn ({Megabytes(length)} MB): chỉ nhận tệp đến {MaxBytes / (1024 * 1024)} MB. Hãy bỏ bớt hình ảnh khỏi tài liệu, hoặc lưu kế hoạch thành văn bản (.txt) rồi nhập lại.");
        }
    }

    private static ImportResult ImportText(string text, string? fileName, string? warning)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = SourceLines.Normalize(text);
        if (string.IsNullOrWhiteSpace(normalized))
        {
            throw new PlanFormatException("Tệp trống: không có nội dung để đọc kế hoạch (chỉ có khoảng trắng).");
        }

        List<string> warnings = warning is null ? [] : [warning];
        var start = normalized.AsSpan().TrimStart();
        if (start.StartsWith('{') || HasExtension(fileName, ".json"))
        {
            return new ImportResult
            {
                Plan = PlanJson.Deserialize(normalized),
                SourceLines = Lines(normalized),
                Kind = ImportKind.Json,
                Warnings = warnings,
            };
        }

        if (start.StartsWith('<'))
        {
            RejectMarkup(start);
        }

        return new ImportResult
        {
            Plan = PlanTextParser.Parse(normalized),
            SourceLines = Lines(normalized),
            Kind = HasExtension(fileName, ".md") || HasExtension(fileName, ".markdown") || LooksLikeMarkdown(normalized) ? ImportKind.Markdown : ImportKind.Text,
            Warnings = warnings,
        };
    }

    private static ImportResult ImportDocx(byte[] content)
    {
        using (var stream = new MemoryStream(content, writable: false))
        {
            ZipArchive archive;
            try
            {
                archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException ex)
            {
                throw Damaged(ex);
            }

            using (archive)
            {
                try
                {
                    FileSignatures.EnsureSafeZip(archive);
                }
                catch (InvalidDataException ex)
                {
                    throw new PlanFormatException($"Tệp bị từ chối vì nghi là tệp độc hại: {ex.Message} Hãy mở tài liệu bằng Word, lưu lại thành .docx rồi nhập lại.", ex);
                }

                RejectOtherPackages(archive);
                if (archive.Entries.Any(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && e.Length > MaxPartBytes))
                {
                    throw new PlanFormatException(
                        $"Tài liệu Word quá lớn để nhập (phần văn bản hơn {MaxPartBytes / (1024 * 1024)} MB khi giải nén). Hãy tách kế hoạch thành tệp nhỏ hơn, hoặc dán văn bản vào ô nhập.");
                }
            }
        }

        DocxText docx;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            docx = DocxTextReader.Read(document);
        }
        catch (Exception ex) when (ex is not (PlanFormatException or OutOfMemoryException))
        {
            // Whatever a damaged package throws (package, XML, ZIP or I/O errors), the user gets one message.
            throw Damaged(ex);
        }

        if (docx.Lines.All(l => l.Trim().Length == 0))
        {
            throw new PlanFormatException(
                "Tài liệu Word không có chữ trong phần thân (có thể chỉ có hình ảnh hoặc bản quét). Hãy dùng bản Word có chữ, hoặc dán văn bản kế hoạch vào ô nhập.");
        }

        var normalized = SourceLines.Normalize(string.Join('\n', docx.Lines));
        return new ImportResult
        {
            Plan = PlanTextParser.Parse(normalized),
            SourceLines = Lines(normalized),
            Kind = ImportKind.Docx,
            Warnings = docx.Warnings,
        };
    }

    /// <summary>A PDF: its text layer read by <see cref="PdfTextReader"/> into the lines the parser reads, like a Word document's.</summary>
    private static ImportResult ImportPdf(byte[] content)
    {
        var pdf = PdfTextReader.Read(content);
        var normalized = SourceLines.Normalize(string.Join('\n', pdf.Lines));
        return new ImportResult
        {
            Plan = PlanTextParser.Parse(normalized),
            SourceLines = Lines(normalized),
            Kind = ImportKind.Pdf,
            Warnings = pdf.Warnings,
        };
    }

    /// <summary>The PDF signature, within the first kilobyte as readers allow (some files start with junk).</summary>
    private static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    private static PlanFormatException Damaged(Exception inner) => new(
        "Tệp Word (.docx) bị hỏng hoặc không đầy đủ (có thể tải lên chưa xong), nên không đọc được. Hãy mở tệp bằng Word, lưu lại thành .docx rồi nhập lại.",
        inner);

    /// <summary>Formats recognised by their first bytes that are not read: each gets a message saying what to do.</summary>
    private static void RejectOtherFormats(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            throw new PlanFormatException(
                "Không đọc được tệp: tệp Word bị đặt mật khẩu hoặc là định dạng .doc cũ; hãy lưu lại thành .docx (Word: Tệp > Lưu thành > Tài liệu Word .docx, bỏ mật khẩu) rồi nhập lại.");
        }

        if (bytes.StartsWith("{\\rtf"u8))
        {
            throw new PlanFormatException("Tệp là định dạng RTF: hãy mở bằng Word và lưu lại thành .docx rồi nhập lại.");
        }

        if (!IsZip(bytes))
        {
            using var stream = new MemoryStream(bytes[..Math.Min(bytes.Length, 64)].ToArray());
            if (FileSignatures.Detect(stream) is { } kind)
            {
                throw new PlanFormatException(
                    $"Tệp là {kind.Label}, không phải văn bản kế hoạch: hãy dùng tệp Word (.docx), tệp văn bản, hoặc dán văn bản vào ô nhập.");
            }
        }
    }

    /// <summary>A ZIP signature: a local file header, an empty archive's end record, or a spanned archive's marker.</summary>
    private static bool IsZip(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith("PK\u0005\u0006"u8) || bytes.StartsWith("PK\u0007\u0008"u8);

    /// <summary>ZIP packages that are not Word documents.</summary>
    private static void RejectOtherPackages(ZipArchive archive)
    {
        if (archive.GetEntry("word/document.xml") is not null)
        {
            return;
        }

        if (archive.GetEntry("xl/workbook.xml") is not null)
        {
            throw new PlanFormatException("Tệp là bảng tính Excel (.xlsx), không phải văn bản kế hoạch: hãy dùng tệp Word (.docx) hoặc dán văn bản vào ô nhập.");
        }

        if (archive.GetEntry("ppt/presentation.xml") is not null)
        {
            throw new PlanFormatException("Tệp là bản trình chiếu PowerPoint (.pptx), không phải văn bản kế hoạch: hãy dùng tệp Word (.docx) hoặc dán văn bản vào ô nhập.");
        }

        if (archive.GetEntry("mimetype") is not null && archive.GetEntry("content.xml") is not null)
        {
            throw new PlanFormatException("Tệp là định dạng OpenDocument (.odt): hãy mở và lưu lại thành Word (.docx) rồi nhập lại.");
        }

        if (archive.GetEntry("[Content_Types].xml") is null)
        {
            throw new PlanFormatException("Tệp là tệp nén (.zip), không phải tài liệu Word (.docx): hãy giải nén và nhập tệp .docx bên trong.");
        }
    }

    private static void RejectMarkup(ReadOnlySpan<char> start)
    {
        var head = start[..Math.Min(start.Length, 512)].ToString();
        if (HtmlStart().IsMatch(head))
        {
            throw new PlanFormatException(
                "Tệp là trang web (HTML): hãy mở bằng Word và lưu lại thành .docx, hoặc sao chép văn bản kế hoạch và dán vào ô nhập.");
        }

        if (head.StartsWith("<?xml", StringComparison.Ordinal))
        {
            throw new PlanFormatException(
                "Tệp là XML, không phải văn bản kế hoạch: nếu là tài liệu Word dạng XML, hãy mở bằng Word và lưu lại thành .docx.");
        }
    }

    /// <summary>The lines of normalised text, trailing blank lines dropped.</summary>
    private static List<string> Lines(string normalized)
    {
        var lines = normalized.Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static bool LooksLikeMarkdown(string text) => MarkdownMark().IsMatch(text);

    private static bool HasExtension(string? fileName, string extension) =>
        fileName is not null && fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase);

    private static string Megabytes(long length) =>
        (length / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+\S|\*\*\S|^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*\|", RegexOptions.Multiline)]
    private static partial Regex MarkdownMark();

    [GeneratedRegex(@"^<(?:!doctype\s+html|html|head|body|meta|div|p|table)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();
}
