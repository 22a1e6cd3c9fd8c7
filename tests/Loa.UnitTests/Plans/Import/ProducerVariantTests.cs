using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans;
using Loa.Plans.Import;
using static Loa.UnitTests.Plans.Import.WordDocumentBuilder;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Loa.UnitTests.Plans.Import;

/// <summary>
/// Plans of a made-up commune laid out as other producers and other officers do (not the three sample plans), each
/// read to the figures counted by hand in the document: the header block in a text box, numbering typed as text,
/// a task table without a grid, with merged cells, a nested table, cells of several paragraphs and a repeated
/// header row; the recipients in a table cell; a table typed with tab stops under Word's automatic numbering.
/// </summary>
public sealed class ProducerVariantTests
{
    private const string TextBoxHeader = """
        <w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
             xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
             xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
             xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
             xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
             xmlns:v="urn:schemas-microsoft-com:vml">
          <mc:AlternateContent>
            <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
              <wps:wsp><wps:txbx><w:txbxContent>
                <w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p>
                <w:p><w:r><w:t>XÃ TÂN LẬP</w:t></w:r></w:p>
              </w:txbxContent></wps:txbx></wps:wsp>
            </a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
                <w:p><w:r><w:t>ỦY BAN NHÂN DÂN</w:t></w:r></w:p>
                <w:p><w:r><w:t>XÃ TÂN LẬP</w:t></w:r></w:p>
            </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
          </mc:AlternateContent>
        </w:r>
        """;

    [Fact]
    public void A_google_docs_or_wps_layout_reads_to_its_hand_counted_figures()
    {
        var result = PlanImporter.Import(GoogleDocsLike(), "tan-lap.docx");
        var plan = result.Plan;

        Assert.Equal(("15/KH-UBND", "KH-UBND"), (plan.Number, plan.Symbol));
        Assert.Equal((20, 2, 2026), (plan.Date.Day, plan.Date.Month, plan.Date.Year));
        Assert.Equal("Ủy ban nhân dân xã Tân Lập", plan.Issuer.Name);
        Assert.Equal(["I", "II", "III"], plan.Sections.Where(s => s.Label is not null).Select(s => s.Label));

        Assert.Equal(["1", "2", "3"], plan.Tasks.Select(t => t.Label));
        Assert.Equal("Tuyên truyền trên loa truyền thanh của xã và các thôn", plan.Tasks[0].Name);
        Assert.Equal(["Văn phòng HĐND và UBND"], plan.Tasks[0].Lead);
        Assert.Equal("Hằng tháng", plan.Tasks[1].Timeframe);
        Assert.Contains("Pano Áp phích", plan.Tasks[2].Products, StringComparison.Ordinal);

        Assert.Equal(["UBND huyện", "Đảng ủy xã", "Lưu: VT"], plan.Recipients);
        Assert.Equal("Lê Văn Tám", plan.Signer.Name);
        Assert.Single(result.SourceLines, l => l == "ỦY BAN NHÂN DÂN"); // the text box once, not its fallback again
        Assert.Contains(result.Warnings, w => w.Contains("Đã đọc 1 khung văn bản", StringComparison.Ordinal));
        Assert.Empty(ImportFindings.Find(plan, result.SourceLines));
    }

    [Fact]
    public void A_table_typed_with_tab_stops_under_word_numbering_and_recipients_spaced_by_empty_paragraphs()
    {
        var builder = new WordDocumentBuilder()
            .Text("ỦY BAN NHÂN DÂN XÃ TÂN LẬP")
            .Text("Số: 16/KH-UBND")
            .Add(Para([Run("Tân Lập, ngày 03 tháng 3 năm 2026", italic: true)]))
            .Add(Para([Run("KẾ HOẠCH", bold: true)], center: true))
            .Add(Para([Run("Tuyên truyền cải cách hành chính năm 2026", bold: true)], center: true))
            .Add(Para([Run("MỤC ĐÍCH, YÊU CẦU", bold: true)], OutlineList, 0))
            .Add(Para([Run("Nâng cao nhận thức của người dân về cải cách hành chính.")], OutlineList, 1))
            .Add(Para([Run("HOẠT ĐỘNG TRỌNG TÂM", bold: true)], OutlineList, 0))
            .Add(Para([Run("STT"), Tab(), Run("Nội dung"), Tab(), Run("Đơn vị chủ trì"), Tab(), Run("Thời gian")]))
            .Add(Para([Run("1"), Tab(), Run("Hội nghị đối thoại với doanh nghiệp"), Tab(), Run("Phòng Kinh tế"), Tab(), Run("Quý III")]))
            .Add(Para([]))
            .Add(Para([Run("2"), Tab(), Run("Tin bài trên trang thông tin điện tử"), Tab(), Run("Văn phòng HĐND và UBND"), Tab(), Run("Hằng quý")]))
            .Add(Para([Run("TỔ CHỨC THỰC HIỆN", bold: true)], OutlineList, 0))
            .Add(Para([Run("Các đơn vị triển khai thực hiện Kế hoạch này.")]))
            .Add(Para([Run("Nơi nhận:", bold: true, italic: true)]))
            .Add(Para([]))
            .Add(Para([Run("- UBND huyện;")]))
            .Add(Para([]))
            .Add(Para([Run("- Đảng ủy xã;")]))
            .Add(Para([]))
            .Add(Para([Run("- Các thôn;")]))
            .Add(Para([Run("- Lưu: VT.")]))
            .Add(Para([Run("TM. ỦY BAN NHÂN DÂN", bold: true)]))
            .Add(Para([Run("CHỦ TỊCH", bold: true)]))
            .Add(Para([Run("Lê Văn Tám", bold: true)]));

        var result = PlanImporter.Import(builder.Build(), null);
        var plan = result.Plan;

        Assert.Equal(("16/KH-UBND", "KH-UBND"), (plan.Number, plan.Symbol));
        Assert.Equal(["1", "2"], plan.Tasks.Select(t => t.Label));
        Assert.Equal(["Phòng Kinh tế"], plan.Tasks[0].Lead);
        Assert.Equal("Hằng quý", plan.Tasks[1].Timeframe);
        Assert.Equal(["UBND huyện", "Đảng ủy xã", "Các thôn", "Lưu: VT"], plan.Recipients);
        Assert.Contains("**II. HOẠT ĐỘNG TRỌNG TÂM**", result.SourceLines);
    }

    /// <summary>
    /// Xã Tân Lập's plan as an online editor exports it. Hand count: number 15/KH-UBND of 20/02/2026; parts I–III with
    /// typed numbers ("I.", "1.", "a)", "-", "1.1."); tasks 1, 2, 3 (row 1's name in two paragraphs, rows 1–2 one merged
    /// lead, row 2 a continuation row, row 3's products a nested table, the header row repeated before row 3); three
    /// recipients in the signature table's left cell; signed by Lê Văn Tám.
    /// </summary>
    private static byte[] GoogleDocsLike()
    {
        var header = new Paragraph(new Run(TextBoxHeader));
        string[] headerCells = ["TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"];
        var table = Table([500, 3000, 1500, 1500, 1200, 1500],
        [
            Row(headerCells.Select(c => Cell(c, bold: true)), header: true),
            Row([Cell("1"), Cell([Para([Run("Tuyên truyền trên loa truyền thanh")]), Para([Run("của xã và các thôn")])]),
                Cell([Para([Run("Văn phòng HĐND và UBND")])], merge: "restart"), Cell("Các thôn"), Cell("Thường xuyên"), Cell("Bản tin")]),
            Row([Cell("2"), Cell("Tin, bài về cải cách hành chính"), Cell([], merge: "continue"), Cell("Các ban, ngành"), Cell("Hằng"), Cell("Tin bài")]),
            Row([Cell(""), Cell(""), Cell([], merge: "continue"), Cell(""), Cell("tháng"), Cell("")]),
            Row(headerCells.Select(c => Cell(c, bold: true))),
            Row([Cell("3"), Cell("Tuyên truyền trực quan"), Cell("Công chức Văn hóa - Xã hội", bold: false), Cell("Các thôn", bold: false),
                Cell("Quý II", bold: false), Nested()]),
        ]);
        table.RemoveAllChildren<TableGrid>();

        var recipients = Cell([Para([Run("Nơi nhận:", bold: true, italic: true)]), Para([Run("- UBND huyện;")]), Para([Run("- Đảng ủy xã;")]), Para([Run("- Lưu: VT.")])]);
        var signature = Cell([Para([Run("TM. ỦY BAN NHÂN DÂN", bold: true)], center: true), Para([Run("CHỦ TỊCH", bold: true)], center: true), Para([], center: true),
            Para([Run("Lê Văn Tám", bold: true)], center: true)]);

        return new WordDocumentBuilder()
            .Add(header)
            .Text("Số: 15/KH-UBND")
            .Add(Para([Run("Tân Lập, ngày 20 tháng 02 năm 2026", italic: true)]))
            .Add(Para([Run("KẾ HOẠCH", bold: true)], center: true))
            .Add(Para([Run("Tuyên truyền cải cách hành chính xã Tân Lập năm 2026", bold: true)], center: true))
            .Add(Para([Run("I. MỤC ĐÍCH, YÊU CẦU", bold: true)]))
            .Add(Para([Run("1. Mục đích", bold: true)]))
            .Add(Para([Run("a) Nâng cao nhận thức của cán bộ và người dân về cải cách hành chính.")]))
            .Add(Para([Run("- Người dân biết cách nộp hồ sơ trực tuyến.")]))
            .Add(Para([Run("II. NỘI DUNG VÀ HÌNH THỨC", bold: true)]))
            .Add(Para([Run("1.1. Tuyên truyền về cải cách thủ tục hành chính.")]))
            .Add(Para([Run("III. CÁC HOẠT ĐỘNG TRỌNG TÂM", bold: true)]))
            .Add(table)
            .Add(Para([Run("Trên đây là Kế hoạch tuyên truyền cải cách hành chính năm 2026 của Ủy ban nhân dân xã Tân Lập./.")]))
            .Add(Table([4500, 4500], [Row([recipients, signature])], borders: false))
            .Build();
    }

    private static TableCell Nested() => new(
        new Paragraph(new Run(new WordText("Sản phẩm:"))),
        new Table(new TableRow(new TableCell(new Paragraph(new Run(new WordText("Pano")))), new TableCell(new Paragraph(new Run(new WordText("Áp phích")))))),
        new Paragraph());

    private static Run Tab() => new(new TabChar());
}
