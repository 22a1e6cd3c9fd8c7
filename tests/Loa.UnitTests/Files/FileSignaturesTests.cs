using System.IO.Compression;
using System.Text;
using Loa.Files;

namespace Loa.UnitTests.Files;

/// <summary>Evidence files are recognised by their content, never by their name; Office packages are checked for zip bombs first.</summary>
public sealed class FileSignaturesTests
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public static TheoryData<byte[], string, string> Magic => new()
    {
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01], "image/png", ".png" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01], "image/jpeg", ".jpg" },
        { [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00], "image/jpeg", ".jpg" },
        { [.. "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8], "application/pdf", ".pdf" },
        { [.. "GIF89a\u0001\0\u0001\0\0\0\0"u8], "image/gif", ".gif" },
        { [.. "GIF87a\u0001\0\u0001\0\0\0\0"u8], "image/gif", ".gif" },
        { [.. "RIFF\u0024\0\0\0WEBPVP8 "u8], "image/webp", ".webp" },
        { [0x00, 0x00, 0x00, 0x20, .. "ftypisom"u8, 0x00, 0x00, 0x02, 0x00], "video/mp4", ".mp4" },
    };

    [Theory]
    [MemberData(nameof(Magic))]
    public void Real_magic_bytes_are_recognised(byte[] content, string contentType, string extension)
    {
        using var stream = new MemoryStream(content);

        var kind = FileSignatures.Detect(stream);

        Assert.NotNull(kind);
        Assert.Equal(contentType, kind.ContentType);
        Assert.Equal(extension, kind.Extension);
        Assert.Equal(0, stream.Position); // the caller stores the file from its start
    }

    [Theory]
    [InlineData("hello")] // a text file renamed .jpg
    [InlineData("")]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("MZ\u0090\0")] // a Windows program
    [InlineData("%PD")] // too short to be a PDF
    public void Other_content_is_refused_whatever_its_name(string content)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));

        Assert.Null(FileSignatures.Detect(stream));
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void A_minimal_word_document_is_a_docx()
    {
        using var stream = Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", "<w:document/>"));

        Assert.Equal(Docx, FileSignatures.Detect(stream)?.ContentType);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData("xl/workbook.xml", Xlsx)]
    [InlineData("ppt/presentation.xml", Pptx)]
    public void Excel_and_powerpoint_packages_are_recognised(string mainPart, string contentType)
    {
        using var stream = Zip(("[Content_Types].xml", ContentTypes), (mainPart, "<x/>"));

        Assert.Equal(contentType, FileSignatures.Detect(stream)?.ContentType);
    }

    [Fact]
    public void A_zip_that_is_not_an_office_document_is_refused()
    {
        using var stream = Zip(("readme.txt", "hello"), ("word/document.xml", "<w:document/>"));

        Assert.Null(FileSignatures.Detect(stream));
    }

    [Fact]
    public void An_office_package_without_a_main_part_is_refused()
    {
        using var stream = Zip(("[Content_Types].xml", ContentTypes), ("docProps/core.xml", "<x/>"));

        Assert.Null(FileSignatures.Detect(stream));
    }

    [Fact]
    public void A_broken_zip_is_refused_without_an_exception()
    {
        using var stream = new MemoryStream([0x50, 0x4B, 0x03, 0x04, .. Enumerable.Repeat((byte)0x41, 200)]);

        Assert.Null(FileSignatures.Detect(stream));
    }

    [Fact]
    public void A_package_with_too_many_entries_is_refused()
    {
        var entries = Enumerable.Range(0, FileSignatures.MaxZipEntries + 1)
            .Select(i => ($"word/media/e{i}.xml", "<x/>"))
            .Prepend(("word/document.xml", "<w:document/>"))
            .Prepend(("[Content_Types].xml", ContentTypes))
            .ToArray();
        using var stream = Zip(entries);

        Assert.Null(FileSignatures.Detect(stream));
        stream.Position = 0;
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        Assert.Throws<InvalidDataException>(() => FileSignatures.EnsureSafeZip(archive));
    }

    [Fact]
    public void A_zip_bomb_disguised_as_a_word_document_is_refused()
    {
        // 300 MB of zeros deflate to well under 1 MB; written to a temporary file, never held in memory.
        using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using (var archive = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "[Content_Types].xml", ContentTypes);
            Write(archive, "word/document.xml", "<w:document/>");
            using var entry = archive.CreateEntry("word/media/image1.png", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 300; i++)
            {
                entry.Write(zeros);
            }
        }

        Assert.True(file.Length < 5 * 1024 * 1024);
        file.Position = 0;

        Assert.Null(FileSignatures.Detect(file));
        file.Position = 0;
        using var read = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
        Assert.Throws<InvalidDataException>(() => FileSignatures.EnsureSafeZip(read));
    }

    [Fact]
    public void A_small_entry_compressed_two_hundredfold_or_more_is_suspicious()
    {
        using var stream = Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", new string(' ', 2 * 1024 * 1024)));

        Assert.Null(FileSignatures.Detect(stream));
    }

    [Fact]
    public void Every_accepted_kind_has_a_vietnamese_label_and_an_extension()
    {
        Assert.All(FileSignatures.Evidence, k =>
        {
            Assert.StartsWith(".", k.Extension, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(k.Label));
        });
    }

    private const string ContentTypes = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""";

    private static MemoryStream Zip(params (string Name, string Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                Write(archive, name, content);
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static void Write(ZipArchive archive, string name, string content)
    {
        using var entry = archive.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
