using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Loa.Files;
using Loa.Plans;
using Loa.Plans.Import;
using static Loa.UnitTests.Plans.Import.WordDocumentBuilder;

namespace Loa.UnitTests.Plans.Import;

/// <summary>Everything the importer refuses, each with a Vietnamese message that says what to do.</summary>
public sealed class PlanImporterRejectionTests
{
    [Fact]
    public void An_empty_file()
    {
        Assert.Contains("Tệp trống", Refused([]), StringComparison.Ordinal);
        Assert.Contains("trống", Refused(Encoding.UTF8.GetBytes(" \n\t\r\n")), StringComparison.Ordinal);
        Assert.Contains("trống", Refused([0xEF, 0xBB, 0xBF]), StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes()
    {
        var bytes = new byte[4096];
        new Random(2026).NextBytes(bytes);
        Assert.Contains("không phải văn bản hay tài liệu Word", Refused(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_pdf()
    {
        var message = Refused(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
        Assert.Contains("Tệp PDF bị hỏng hoặc không đầy đủ", message, StringComparison.Ordinal);

        var pdf = PlanFixtures.Bytes("hung-phu-2026.table.pdf");
        Assert.Contains("Tệp PDF bị hỏng hoặc không đầy đủ", Refused(pdf[..(pdf.Length / 3)], "ke-hoach.pdf"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_scanned_pdf_without_a_text_layer()
    {
        var message = Refused(PlanFixtures.Bytes("scanned.pdf"), "ke-hoach.pdf");
        Assert.StartsWith("Tệp PDF này là bản chụp, không có lớp chữ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_doc_or_a_password_protected_word_file()
    {
        var ole = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        Assert.Contains("tệp Word bị đặt mật khẩu hoặc là định dạng .doc cũ; hãy lưu lại thành .docx", Refused(ole, "ke-hoach.docx"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_docx()
    {
        var docx = SampleDocx.Bytes(SamplePlans.CanhVinh);
        Assert.Contains("bị hỏng hoặc không đầy đủ", Refused(docx[..(docx.Length / 2)], "ke-hoach.docx"), StringComparison.Ordinal);
        Assert.Contains("bị hỏng hoặc không đầy đủ", Refused([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_damaged_inside()
    {
        // The directory at the end is intact, the compressed document part is not.
        var docx = (byte[])SampleDocx.Bytes(SamplePlans.HungPhu).Clone();
        var (offset, length) = EntryData(docx, "word/document.xml");
        for (var i = offset + 16; i < offset + length - 16; i += 7)
        {
            docx[i] ^= 0x5A;
        }

        Assert.Contains("bị hỏng", Refused(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_with_too_many_entries()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
            for (var i = 0; i < FileSignatures.MaxZipEntries; i++)
            {
                zip.CreateEntry($"word/media/image{i}.png", CompressionLevel.NoCompression);
            }
        }

        var message = Refused(buffer.ToArray(), "bom.docx");
        Assert.Contains("nghi là tệp độc hại", message, StringComparison.Ordinal);
        Assert.Contains("quá nhiều thành phần", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_bomb_that_inflates_to_300_megabytes()
    {
        // Written in one pass to a temporary file: 300 MB of zeros deflate to about 300 KB.
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                using (var types = zip.CreateEntry("[Content_Types].xml").Open())
                {
                    types.Write("<Types/>"u8);
                }

                using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1024 * 1024];
                for (var i = 0; i < 300; i++)
                {
                    document.Write(zeros);
                }
            }

            var bytes = File.ReadAllBytes(path);
            Assert.True(bytes.Length < PlanImporter.MaxBytes);
            Assert.Contains("nghi là tệp độc hại", Refused(bytes, "bom.docx"), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_docx_whose_part_lies_about_its_size_is_cut_at_the_declared_size()
    {
        // document.xml really inflates to 30 MB but declares a size that passes the zip checks: reading it
        // stops at the declared size (or fails), so the lie cannot make the import inflate more than declared.
        var docx = RewriteEntry(SampleDocx.Bytes(SamplePlans.PhuocTan), "word/document.xml", xml =>
            xml.Replace("<w:body>", "<w:body><!--" + new string('x', 30 * 1024 * 1024) + "-->", StringComparison.Ordinal));
        var (offset, compressed) = EntryData(docx, "word/document.xml");
        var declared = (uint)compressed * 100;
        PatchDeclaredSize(docx, "word/document.xml", declared);

        using (var archive = new ZipArchive(new MemoryStream(docx)))
        {
            FileSignatures.EnsureSafeZip(archive); // the directory alone looks harmless
            long read = 0;
            try
            {
                using var stream = archive.GetEntry("word/document.xml")!.Open();
                var buffer = new byte[81920];
                int n;
                while ((n = stream.Read(buffer)) > 0)
                {
                    read += n;
                }
            }
            catch (InvalidDataException)
            {
                // refusing to read is as good as stopping
            }

            Assert.True(read <= declared, $"read {read} bytes, declared {declared}");
        }

        Assert.True(offset > 0);
        Assert.Contains("bị hỏng", Refused(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_whose_text_part_is_too_large_to_read()
    {
        // 17 MB of text that hardly compresses: the file is under 20 MB and not a bomb, but too big to load.
        var bytes = new byte[13 * 1024 * 1024];
        new Random(7).NextBytes(bytes);
        var noise = Convert.ToBase64String(bytes);

        var docx = RewriteEntry(SampleDocx.Bytes(SamplePlans.CanhVinh), "word/document.xml", xml =>
            xml.Replace("<w:body>", "<w:body><!--" + noise + "-->", StringComparison.Ordinal));

        Assert.True(docx.Length < PlanImporter.MaxBytes);
        Assert.Contains("Tài liệu Word quá lớn để nhập", Refused(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_anything_is_read()
    {
        var fifty = new byte[50 * 1024 * 1024]; // zeros: read as anything, it would be "binary"
        var message = Refused(fifty, "ke-hoach.docx");
        Assert.Contains("Tệp quá lớn (50,0 MB)", message, StringComparison.Ordinal);
        Assert.Contains("20 MB", message, StringComparison.Ordinal);

        Assert.Contains("quá lớn", Refused(new byte[PlanImporter.MaxBytes + 1]), StringComparison.Ordinal);
        Assert.Equal(20 * 1024 * 1024, PlanImporter.MaxBytes);
        Assert.Throws<PlanFormatException>(() => PlanImporter.EnsureSize(PlanImporter.MaxBytes + 1L));
        PlanImporter.EnsureSize(PlanImporter.MaxBytes);

        var pasted = Assert.Throws<PlanFormatException>(() => PlanImporter.ImportText(new string('a', PlanImporter.MaxBytes + 1)));
        Assert.Contains("Văn bản quá dài", pasted.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_file_that_is_not_a_plan()
    {
        var letter = new WordDocumentBuilder()
            .Text("Kính gửi: Các phòng chuyên môn")
            .Text("Ủy ban nhân dân xã mời các đồng chí dự họp giao ban vào 8 giờ sáng thứ Năm.")
            .Build();
        Assert.StartsWith("Không nhận ra kế hoạch", Refused(letter, "giay-moi.docx"), StringComparison.Ordinal);

        var report = new WordDocumentBuilder()
            .Add(Para([Run("BÁO CÁO", bold: true)], center: true))
            .Add(Para([Run("Kết quả cải cách hành chính quý I năm 2026")], center: true))
            .Add(Para([Run("KẾT QUẢ")], OutlineList, 0))
            .Add(Para([Run("PHƯƠNG HƯỚNG")], OutlineList, 0))
            .Build();
        Assert.Contains("BÁO CÁO", Refused(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_file_without_text()
    {
        var empty = new WordDocumentBuilder().Add(new DocumentFormat.OpenXml.Wordprocessing.Paragraph()).Build();
        Assert.Contains("không có chữ", Refused(empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_packages_and_formats()
    {
        Assert.Contains("Excel", Refused(Zip("[Content_Types].xml", "xl/workbook.xml")), StringComparison.Ordinal);
        Assert.Contains("PowerPoint", Refused(Zip("[Content_Types].xml", "ppt/presentation.xml")), StringComparison.Ordinal);
        Assert.Contains(".odt", Refused(Zip("mimetype", "content.xml")), StringComparison.Ordinal);
        Assert.Contains("tệp nén (.zip)", Refused(Zip("ke-hoach.txt")), StringComparison.Ordinal);
        Assert.Contains("Ảnh JPEG", Refused([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]), StringComparison.Ordinal);
        Assert.Contains("Ảnh PNG", Refused([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]), StringComparison.Ordinal);
        Assert.Contains("RTF", Refused(Encoding.ASCII.GetBytes("{\\rtf1\\ansi KE HOACH}")), StringComparison.Ordinal);
        Assert.Contains("trang web (HTML)", Refused(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>KẾ HOẠCH</p></body></html>")), StringComparison.Ordinal);
        Assert.Contains("XML", Refused(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><w:wordDocument/>")), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_that_is_not_a_plan()
    {
        Assert.Contains("không phải kế hoạch", Refused(Encoding.UTF8.GetBytes("{\"format\": \"khac/1\"}"), "ke-hoach.json"), StringComparison.Ordinal);
        Assert.Contains("không đọc được", Refused(Encoding.UTF8.GetBytes("{\"format\": ")), StringComparison.Ordinal);
    }

    [Fact]
    public void No_message_carries_a_stack_trace()
    {
        var docx = SampleDocx.Bytes(SamplePlans.CanhVinh);
        foreach (var bytes in new[] { docx[..1000], docx[..(docx.Length - 10)], [0x50, 0x4B, 0x05, 0x06] })
        {
            var message = Refused(bytes);
            Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Damaged_documents_give_a_plan_or_a_message_never_another_error()
    {
        var random = new Random(11);
        foreach (var name in new[] { SamplePlans.CanhVinh, SamplePlans.HungPhu })
        {
            var original = SampleDocx.Bytes(name);
            for (var round = 0; round < 60; round++)
            {
                var bytes = (byte[])original.Clone();
                if (round % 3 == 0)
                {
                    bytes = bytes[..random.Next(1, bytes.Length)];
                }
                else
                {
                    for (var flips = random.Next(1, 6); flips > 0; flips--)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }
                }

                try
                {
                    PlanImporter.Import(bytes, "hong.docx");
                }
                catch (PlanFormatException ex)
                {
                    Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                }
            }
        }
    }

    private static string Refused(byte[] bytes, string? name = null) =>
        Assert.Throws<PlanFormatException>(() => PlanImporter.Import(bytes, name)).Message;

    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var stream = zip.CreateEntry(entry).Open();
                stream.Write("x"u8);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] RewriteEntry(byte[] zipBytes, string name, Func<string, string> change)
    {
        using var buffer = new MemoryStream();
        buffer.Write(zipBytes);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(name)!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open());
            writer.Write(change(text));
        }

        return buffer.ToArray();
    }

    /// <summary>Where an entry's compressed data starts, and its compressed length (from its local header).</summary>
    private static (int Offset, int Length) EntryData(byte[] zip, string name)
    {
        var header = LocalHeader(zip, name);
        var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(header + 26));
        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(header + 28));
        var compressed = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(header + 18));
        return (header + 30 + nameLength + extraLength, compressed);
    }

    /// <summary>Writes a false uncompressed size into the entry's local header and its central directory record.</summary>
    private static void PatchDeclaredSize(byte[] zip, string name, uint size)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(LocalHeader(zip, name) + 22), size);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x02014b50
                && zip.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
                return;
            }
        }

        throw new InvalidOperationException("no central directory record for " + name);
    }

    private static int LocalHeader(byte[] zip, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 30 < zip.Length; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == 0x04034b50
                && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                return i;
            }
        }

        throw new InvalidOperationException("no local header for " + name);
    }
}
