using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Loa.Documents;
using Loa.Plans;

namespace Loa.UnitTests.Documents;

/// <summary>The key-task table as .xlsx and .csv: headers, rows in order with sub-rows, Vietnamese intact, safe CSV.</summary>
public sealed class TaskTableExportTests
{
    private static readonly string[] Headers =
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Số lượng", "Số lượng (số)", "Đơn vị tính", "Hoạt động/sản phẩm"];

    [Fact]
    public void Xlsx_has_one_sheet_with_a_bold_frozen_header_and_wrapped_cells()
    {
        using var stream = new MemoryStream(TaskTableExport.Xlsx(ExportedPlans.Plan(ExportedPlans.HungPhu)));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document));

        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("Nhiệm vụ", sheet.Name!.Value);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1D, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);

        var rows = worksheet.Descendants<Row>().ToList();
        Assert.Equal(Headers, rows[0].Elements<Cell>().Select(Text));
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToList();
        var headerFormat = formats[(int)rows[0].Elements<Cell>().First().StyleIndex!.Value];
        Assert.NotNull(fonts[(int)headerFormat.FontId!.Value].Bold);
        var bodyFormat = formats[(int)rows[1].Elements<Cell>().First().StyleIndex!.Value];
        Assert.True(bodyFormat.Alignment!.WrapText!.Value);
        Assert.Equal(9, worksheet.Descendants<Column>().Count());
        Assert.All(worksheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 5, 80));

        Assert.Equal(9, rows.Count); // 8 tasks
        var first = rows[1].Elements<Cell>().ToList();
        Assert.Equal("1", Text(first[0]));
        Assert.StartsWith("Phối hợp tuyên truyền về Chuyên mục “Cải cách hành chính” trên Báo và Đài Phát thanh", Text(first[1]), StringComparison.Ordinal);
        Assert.Equal("Phòng Văn hóa – Xã hội", Text(first[2]));
        Assert.Equal("Cơ quan, đơn vị có liên quan", Text(first[3]));
        Assert.Equal("Trong năm 2026", Text(first[4]));
        Assert.Equal("05 số", Text(first[5]));
        Assert.Null(first[6].DataType); // a number, so it sums
        Assert.Equal("5", first[6].CellValue!.Text);
        Assert.Equal("số", Text(first[7]));
        Assert.Equal("", Text(first[8]));
    }

    [Fact]
    public void Xlsx_lists_sub_rows_after_their_parent()
    {
        using var stream = new MemoryStream(TaskTableExport.Xlsx(ExportedPlans.Plan(ExportedPlans.CanhVinh)));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).ToList();
        Assert.Equal(["1", "2", "3", "4", "4.1", "4.2", "4.3", "4.4", "5", "6", "7"], rows.Select(r => Text(r.Elements<Cell>().First())));
        var subRow = rows[5].Elements<Cell>().ToList();
        Assert.Equal("Về nội dung cải cách thủ tục hành chính", Text(subRow[1]));
        Assert.Equal("Trung tâm Phục vụ hành chính công", Text(subRow[2]));
        Assert.Equal("Định kỳ 01 lần/quý", Text(subRow[4]));
        Assert.Equal("Phòng Văn hóa - Xã hội; Trung tâm Cung ứng dịch vụ sự nghiệp công", Text(rows[0].Elements<Cell>().ElementAt(2)));
    }

    [Fact]
    public void Csv_is_utf8_with_bom_crlf_and_reads_back_field_for_field()
    {
        var plan = ExportedPlans.Plan(ExportedPlans.CanhVinh);
        var bytes = TaskTableExport.Csv(plan);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = new UTF8Encoding(false, true).GetString(bytes, 3, bytes.Length - 3);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.StartsWith(string.Join(',', Headers) + "\r\n", text, StringComparison.Ordinal);

        var records = ParseCsv(text);
        Assert.Equal(Headers, records[0]);
        var rows = TaskTableExport.Rows(plan).ToList();
        Assert.Equal(rows.Count, records.Count - 1);
        foreach (var (expected, actual) in rows.Zip(records.Skip(1)))
        {
            Assert.Equal(expected.Select(Guarded), actual);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")]
    [InlineData("+84 912 345 678", "'+84 912 345 678")]
    [InlineData("- Hội nghị, tọa đàm", "\"'- Hội nghị, tọa đàm\"")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\tTab", "'\tTab")]
    [InlineData("Pano \"CCHC\"", "\"Pano \"\"CCHC\"\"\"")]
    [InlineData("Hai dòng\r\nthứ hai", "\"Hai dòng\r\nthứ hai\"")]
    [InlineData("Thường xuyên", "Thường xuyên")]
    [InlineData("", "")]
    public void Csv_fields_are_quoted_per_rfc_4180_and_never_start_a_formula(string value, string expected) =>
        Assert.Equal(expected, TaskTableExport.CsvField(value));

    [Fact]
    public void Csv_guards_a_task_that_looks_like_a_formula()
    {
        var plan = new PlanDocument
        {
            Tasks = [new PlanTask { Label = "1", Name = "=1+1", Lead = ["@cmd"], Partners = ["+x", "y"], Timeframe = "-2", Products = "Tờ gấp, pano" }],
        };
        var text = Encoding.UTF8.GetString(TaskTableExport.Csv(plan)).TrimStart('\uFEFF');
        var record = ParseCsv(text)[1];
        Assert.Equal(["1", "'=1+1", "'@cmd", "'+x; y", "'-2", "", "", "", "Tờ gấp, pano"], record);
    }

    [Fact]
    public void A_plan_without_tasks_gives_the_header_row_only()
    {
        var plan = new PlanDocument();
        Assert.Equal(string.Join(',', Headers) + "\r\n", Encoding.UTF8.GetString(TaskTableExport.Csv(plan)).TrimStart('\uFEFF'));
        using var stream = new MemoryStream(TaskTableExport.Xlsx(plan));
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Single(document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>());
    }

    private static string Guarded(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    /// <summary>A strict RFC 4180 reader: comma-separated, CRLF records, quoted fields with doubled quotes.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (text[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(text[i++]);
                    }
                }
            }
            else if (text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }

        Assert.Empty(record);
        return records;
    }
}
