using System.Text;
using Loa.Activities.Bulk;

namespace Loa.UnitTests.Activities.Bulk;

/// <summary>The downloaded sheet reads back what was written into it; anything else gets a Vietnamese reason, never an exception.</summary>
public sealed class ActivitySheetReaderTests
{
    private static readonly string[] Tasks = ["1. Đăng tin, bài", "2. Xây dựng video clip"];

    [Fact]
    public void The_template_reads_back_its_rows_with_a_typed_date_as_a_day()
    {
        // 46193 is Excel's day number of 20/06/2026, as Excel stores a date typed into a cell.
        object?[] typed = ["2. Xây dựng video clip", "", 46193, "Video clip, phóng sự", "Clip hướng dẫn", 2, 1250, "Khu phố 1", ""];
        object?[] text = ["1. Đăng tin, bài", "", "21/06/2026", "", "Bài trên trang", "", "", "", "ghi chú"];
        var bytes = ActivitySheetTemplate.Create(Tasks, ["Trung tâm"], [typed, text, new object?[9]]);

        var sheet = ActivitySheetReader.Read(bytes);

        Assert.Null(sheet.Problem);
        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal((2, "2026-06-20", "1250"), (sheet.Rows[0].Line, sheet.Rows[0][SheetColumn.Date], sheet.Rows[0][SheetColumn.Reach]));
        Assert.Equal((3, "21/06/2026", "ghi chú"), (sheet.Rows[1].Line, sheet.Rows[1][SheetColumn.Date], sheet.Rows[1][SheetColumn.Note]));
    }

    [Fact]
    public void The_template_offers_the_tasks_channels_and_units_as_lists()
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(ActivitySheetTemplate.Create(Tasks, ["Trung tâm"])), false);
        var workbook = document.WorkbookPart!;
        Assert.Equal([ActivitySheetTemplate.SheetName, ActivitySheetTemplate.ListSheetName],
            workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value));
        var validations = workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>()).ToList();
        Assert.Contains(validations, v => v.Formula1!.Text == $"'{ActivitySheetTemplate.ListSheetName}'!$A$2:$A$3");
        Assert.Equal(3, validations.Count);
    }

    [Fact]
    public void Columns_moved_around_are_found_by_their_headers()
    {
        var bytes = Loa.Documents.XlsxTable.Create("x", ["Ghi chú", "Đã làm gì", "Ngày thực hiện", "Nhiệm vụ"], [["n", "Bài", "01/06/2026", "1"]], [10, 10, 10, 10]);
        var row = Assert.Single(ActivitySheetReader.Read(bytes).Rows);
        Assert.Equal(("1", "Bài", "n"), (row[SheetColumn.Task], row[SheetColumn.Title], row[SheetColumn.Note]));
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_with_a_reason()
    {
        Assert.Contains("không phải bảng tính", ActivitySheetReader.Read(Encoding.UTF8.GetBytes("Nhiệm vụ;Ngày")).Problem, StringComparison.Ordinal);
        Assert.Contains("Không đọc được", ActivitySheetReader.Read([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]).Problem, StringComparison.Ordinal);
        Assert.Equal("Tệp trống.", ActivitySheetReader.Read([]).Problem);
    }

    [Fact]
    public void A_sheet_without_the_header_or_without_rows_is_refused()
    {
        var noHeader = Loa.Documents.XlsxTable.Create("x", ["A", "B"], [["1", "2"]], [10, 10]);
        Assert.Contains("Không tìm thấy dòng tiêu đề", ActivitySheetReader.Read(noHeader).Problem, StringComparison.Ordinal);
        Assert.Contains("chưa có dòng hoạt động", ActivitySheetReader.Read(ActivitySheetTemplate.Create(Tasks, [])).Problem, StringComparison.Ordinal);
    }
}
