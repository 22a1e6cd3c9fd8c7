using System.Text.RegularExpressions;

namespace Loa.UnitTests.Documents;

/// <summary>
/// Exported reports as LibreOffice lays them out (PDF, read back with pdftotext): the parts read in order, every
/// page is A4 portrait, numbered from page 2, the task table's header repeats on each page it runs over, and the
/// closing sentence, Nơi nhận and the signature share a page.
/// </summary>
public sealed partial class ReportDocxRenderedTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("loa-report-render-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [LibreOfficeFact]
    public async Task Quarterly_report_to_the_department_reads_in_order()
    {
        var report = ExportedReports.Report(SampleReports.HungPhuQuarter);
        var pages = await RenderAsync(SampleReports.HungPhuQuarter);

        var text = Collapse(string.Join(" ", pages));
        string[] milestones =
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 12/BC-UBND",
            "Hưng Phú, ngày 17 tháng 3 năm 2026",
            "BÁO CÁO",
            Collapse(report.Title),
            "Kính gửi: Sở Nội vụ thành phố Cần Thơ.",
            "Thực hiện Kế hoạch số 30/KH-UBND",
            "I. KẾT QUẢ THỰC HIỆN",
            "1. Kết quả thực hiện các nhiệm vụ trọng tâm",
            "Nhiệm vụ",
            "05 số",
            "140%",
            "2. Kết quả theo hình thức tuyên truyền",
            "Tổng cộng 49 51 245 12.345 1.506",
            "3. Kết quả theo nội dung tuyên truyền",
            "Tổng cộng 49 51 245 12.345 1.506",
            "4. Đánh giá chung",
            "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
            "1. Tồn tại, hạn chế",
            "2. Nguyên nhân",
            "III. ĐỀ XUẤT, KIẾN NGHỊ",
            "Trên đây là báo cáo kết quả",
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT, VHXH.",
            "Nguyễn Thị Trúc Linh",
        ];
        var position = 0;
        foreach (var milestone in milestones)
        {
            var found = text.IndexOf(milestone, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{milestone}\" is missing or out of order (looked after character {position})");
            position = found + milestone.Length;
        }

        // The closing sentence stays on the page of Nơi nhận and the signature.
        var last = Collapse(pages[^1]);
        Assert.Contains("Trên đây là báo cáo", last, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", last, StringComparison.Ordinal);
        Assert.Contains("CHỦ TỊCH", last, StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public async Task A_long_task_table_repeats_its_header_on_every_page_it_runs_over()
    {
        var pages = await RenderAsync(ExportedReports.Large);
        Assert.True(pages.Count >= 3, $"{pages.Count} page(s)");

        var tableStart = pages.ToList().FindIndex(p => p.Contains("1. Kết quả thực hiện các nhiệm vụ trọng tâm", StringComparison.Ordinal));
        var tableEnd = pages.ToList().FindIndex(p => p.Contains("2. Kết quả theo hình thức tuyên truyền", StringComparison.Ordinal));
        Assert.True(tableStart == 0 && tableEnd > tableStart, $"task table on pages {tableStart + 1}–{tableEnd + 1}");
        for (var i = tableStart; i <= tableEnd; i++)
        {
            Assert.Matches(@"TT\s+Nhiệm vụ", pages[i]);
        }

        // The sub-rows show their labels, in order, inside the table.
        var text = Collapse(string.Join(" ", pages.Take(tableEnd + 1)));
        Assert.Matches(@"\b4\.1\b[\s\S]*\b4\.2\b[\s\S]*\b4\.3\b[\s\S]*\b4\.4\b", text);
    }

    /// <summary>Converts the named report; checks that every page is A4 portrait and numbered from page 2.</summary>
    private async Task<IReadOnlyList<string>> RenderAsync(string name)
    {
        var pdf = await LibreOffice.ConvertToPdfAsync(ExportedReports.Docx(name), _folder);
        var pages = await LibreOffice.PagesAsync(pdf);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        var sizes = await LibreOffice.PageSizesAsync(pdf, pages.Count);
        Assert.Equal(pages.Count, sizes.Count);
        Assert.All(sizes, size =>
        {
            Assert.InRange(size.Width, 594.5, 596.0);
            Assert.InRange(size.Height, 841.0, 842.5);
        });

        Assert.Null(TopNumber(pages[0]));
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.Equal(i + 1, TopNumber(pages[i]));
        }

        return pages;
    }

    /// <summary>The number alone on the first line of a page, if any.</summary>
    private static int? TopNumber(string page)
    {
        var first = page.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return int.TryParse(first, out var number) ? number : null;
    }

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
