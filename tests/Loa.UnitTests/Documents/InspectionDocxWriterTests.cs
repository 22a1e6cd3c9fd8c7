using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Documents;
using Loa.Inspections;

namespace Loa.UnitTests.Documents;

/// <summary>The inspection record (biên bản kiểm tra) in the Decree 30 form, read back with OpenXml.</summary>
public sealed class InspectionDocxWriterTests
{
    internal static InspectionRecord Record(bool final = true) => new(
        "Ủy ban nhân dân tỉnh Đồng Nai",
        "Ủy ban nhân dân xã Định Quán",
        "Định Quán",
        2026,
        new DateOnly(2026, 11, 5),
        ["Trần Văn Bình – Phó Giám đốc Sở Nội vụ, Trưởng đoàn", "Lê Thị Hoa – chuyên viên"],
        ["Nguyễn Văn An – Chủ tịch UBND xã"],
        [
            new InspectionRecordLine("Ban hành kế hoạch đúng thời hạn", 10, "Ban hành số 05/KH-UBND ngày 01/02/2026, trong hạn", ItemVerdict.Met, 10, null, []),
            new InspectionRecordLine("Niêm yết thủ tục hành chính", 5, "Đã niêm yết tại Bộ phận Một cửa", ItemVerdict.NotMet, 2.5m, "Chưa niêm yết số đường dây nóng", ["anh-niem-yet.jpg"]),
        ],
        "Xã thực hiện cơ bản đầy đủ.",
        "Bổ sung số đường dây nóng.\nCập nhật chuyên mục hằng tuần.",
        final);

    [Fact]
    public void The_record_names_the_commune_the_items_their_verdicts_scores_and_findings()
    {
        using var docx = new ExportedDocx(InspectionDocxWriter.Write(Record()));
        var text = string.Join("\n", docx.Body.Descendants<Paragraph>().Select(ExportedDocx.Text));

        Assert.Contains("BIÊN BẢN", text, StringComparison.Ordinal);
        Assert.Contains("Kiểm tra công tác thông tin, tuyên truyền cải cách hành chính năm 2026 tại Ủy ban nhân dân xã Định Quán", text, StringComparison.Ordinal);
        Assert.Contains("Định Quán, ngày 05 tháng 11 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("Tổng điểm: 12,5/15 điểm.", text, StringComparison.Ordinal);
        Assert.Contains("Nhận xét của Đoàn: Chưa niêm yết số đường dây nóng", text, StringComparison.Ordinal);
        Assert.Contains("Minh chứng: anh-niem-yet.jpg", text, StringComparison.Ordinal);
        Assert.Contains("Cập nhật chuyên mục hằng tuần.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dự thảo", text, StringComparison.Ordinal);

        var results = docx.Body.Elements<Table>().Single(t => t.InnerText.Contains("Tiêu chí", StringComparison.Ordinal));
        var rows = results.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(InspectionDocxWriter.Headers, rows[0]);
        Assert.Equal(["1", "Ban hành kế hoạch đúng thời hạn", "Đạt", "10", "10"], rows[1].Where((_, i) => i != 2));
        Assert.Equal("Chưa đạt", rows[2][3]);
        Assert.Equal("2,5", rows[2][5]);
        Assert.Equal(["Tổng cộng", "15", "12,5"], rows[3].Where(c => c.Length > 0));
        Assert.NotNull(results.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
    }

    [Fact]
    public void The_header_and_signatures_follow_the_decree()
    {
        using var docx = new ExportedDocx(InspectionDocxWriter.Write(Record()));

        var header = string.Join(" ", docx.HeaderTable.Descendants<Paragraph>().Select(ExportedDocx.Text));
        Assert.Contains("UBND TỈNH ĐỒNG NAI", header, StringComparison.Ordinal);
        Assert.Contains(InspectionDocxWriter.TeamName, header, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", header, StringComparison.Ordinal);
        Assert.Contains("Số:      /BB-ĐKT", header, StringComparison.Ordinal);
        var signatures = docx.Body.Elements<Table>().Last().InnerText;
        Assert.Contains("ĐẠI DIỆN ỦY BAN NHÂN DÂN XÃ ĐỊNH QUÁN", signatures, StringComparison.Ordinal);
        Assert.Contains("TRƯỞNG ĐOÀN KIỂM TRA", signatures, StringComparison.Ordinal);
        Assert.Contains("Trần Văn Bình", signatures, StringComparison.Ordinal);
        Assert.DoesNotContain("Phó Giám đốc", signatures, StringComparison.Ordinal);
        var page = Assert.Single(docx.Sections);
        Assert.Equal(1701, (int)page.GetFirstChild<PageMargin>()!.Left!.Value);
    }

    [Fact]
    public void A_record_not_yet_closed_says_it_is_a_draft()
    {
        using var docx = new ExportedDocx(InspectionDocxWriter.Write(Record(final: false)));

        Assert.Contains(docx.BodyParagraphs, p => ExportedDocx.Text(p).Contains("Dự thảo", StringComparison.Ordinal));
    }
}
