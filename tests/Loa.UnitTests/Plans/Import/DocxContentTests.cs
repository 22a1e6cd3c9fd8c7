using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans.Import;
using static Loa.UnitTests.Plans.Import.DocxNumberingTests;
using static Loa.UnitTests.Plans.Import.WordDocumentBuilder;
using Vml = DocumentFormat.OpenXml.Vml;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Loa.UnitTests.Plans.Import;

/// <summary>What of a Word document is read, and what is left out: revisions, fields, hidden text, notes, boxes, layout.</summary>
public sealed class DocxContentTests
{
    [Fact]
    public void A_deleted_revision_is_not_imported_and_an_inserted_one_is()
    {
        var builder = PlanSkeleton()
            .Add(Para([Run("MỤC ĐÍCH, YÊU CẦU", bold: true)], OutlineList, 0))
            .Add(Para(
            [
                Run("Nâng cao nhận thức của "),
                new DeletedRun(new Run(new DeletedText("toàn thể ") { Space = SpaceProcessingModeValues.Preserve })) { Author = "Văn thư", Id = "1" },
                new InsertedRun(Run("cán bộ, công chức và ")) { Author = "Văn thư", Id = "2" },
                Run("người dân về cải cách hành chính."),
            ], OutlineList, 1))
            .Add(DeletedParagraph("Nội dung này đã bị xóa cả đoạn.", OutlineList, 1))
            .Add(Para([Run("Tuyên truyền thường xuyên, kịp thời.")], OutlineList, 1));

        var result = PlanImporter.Import(builder.Build(), "ke-hoach.docx");

        var part = result.Plan.Sections.Single(s => s.Label == "I");
        Assert.Equal(["1", "2"], part.Children.Select(c => c.Label)); // the deleted paragraph took no number
        Assert.Equal(["Nâng cao nhận thức của cán bộ, công chức và người dân về cải cách hành chính."], part.Children[0].Paragraphs);
        Assert.DoesNotContain(result.SourceLines, l => l.Contains("toàn thể", StringComparison.Ordinal) || l.Contains("đã bị xóa", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("Track Changes", StringComparison.Ordinal));
        Assert.Empty(result.Plan.Unplaced);
    }

    [Fact]
    public void Page_number_fields_headers_footers_hidden_text_and_comments_are_left_out_hyperlinks_kept()
    {
        var builder = PlanSkeleton();
        builder.HeaderText = "DỰ THẢO LẦN 2";
        builder
            .Add(Para([Run("HÌNH THỨC TUYÊN TRUYỀN", bold: true)], OutlineList, 0))
            .Add(Para(
            [
                Run("Đăng tải trên Cổng dịch vụ công "),
                new Hyperlink(Run("dichvucong.gov.vn")) { Id = "rId99" },
                Run(" và trang "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" HYPERLINK \"https://dongnai.gov.vn\" ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                Run("dongnai.gov.vn"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                Run(" (trang "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
                Run("7"),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
                new SimpleField(Run("9")) { Instruction = " NUMPAGES " },
                Run(")"),
                new Run(new RunProperties(new Vanish()), new WordText("ghi chú ẩn")),
                new Run(new CommentReference { Id = "0" }),
                new Run(new FootnoteReference { Id = 1 }),
                Run("."),
            ], OutlineList, 1));

        var result = PlanImporter.Import(builder.Build(), null);

        var item = result.Plan.Sections.Single(s => s.Label == "I").Children.Single();
        Assert.Equal(["Đăng tải trên Cổng dịch vụ công dichvucong.gov.vn và trang dongnai.gov.vn (trang )."], item.Paragraphs);
        Assert.DoesNotContain(result.SourceLines, l => l.Contains("DỰ THẢO", StringComparison.Ordinal) || l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("1 nhận xét", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("1 chú thích cuối trang", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_boxes_are_read_before_their_paragraph_with_a_warning()
    {
        var textBox = new Picture(new Vml.Shape(new Vml.TextBox(new TextBoxContent(new Paragraph(new Run(new WordText("DỰ THẢO"))))))
        {
            Id = "box1",
        });
        var builder = PlanSkeleton()
            .Add(Para([new Run(textBox), Run("MỤC ĐÍCH", bold: true)], OutlineList, 0))
            .Add(Para([Run("Nâng cao nhận thức.")]));

        var result = PlanImporter.Import(builder.Build(), null);

        var heading = result.SourceLines.ToList().IndexOf("**I. MỤC ĐÍCH**");
        Assert.Equal(["DỰ THẢO", ""], result.SourceLines.Skip(heading - 2).Take(2));
        Assert.Contains(result.Warnings, w => w.Contains("Đã đọc 1 khung văn bản", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_laid_out_with_tabs_and_a_signature_in_paragraphs()
    {
        var builder = new WordDocumentBuilder()
            .Add(Para([Run("ỦY BAN NHÂN DÂN"), new Run(new TabChar(), new TabChar()), Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true)]))
            .Add(Para([Run("XÃ ĐỊNH QUÁN", bold: true), new Run(new TabChar()), Run("Độc lập - Tự do - Hạnh phúc", bold: true)]))
            .Add(Para([Run("Số: 12/KH-UBND"), new Run(new TabChar(), new TabChar(), new TabChar()), Run("Định Quán, ngày 10 tháng 02 năm 2026", italic: true)]))
            .Add(Para([Run("KẾ HOẠCH", bold: true)], center: true))
            .Add(Para([Run("Tuyên truyền cải cách hành chính", bold: true)], center: true))
            .Add(Para([Run("xã Định Quán năm 2026", bold: true)], center: true))
            .Add(Para([Run("I."), new Run(new TabChar()), Run("MỤC ĐÍCH", bold: true)]))
            .Add(Para([Run("Nâng cao nhận thức về cải cách hành chính.")]))
            .Add(Para([Run("Trên đây là Kế hoạch của Ủy ban nhân dân xã Định Quán./.")]))
            .Add(Para([Run("Nơi nhận:", bold: true, italic: true)]))
            .Add(Para([Run("-"), new Run(new TabChar()), Run("UBND huyện;")]))
            .Add(Para([Run("Như trên;")]))
            .Add(Para([Run("- Lưu: VT.")]))
            .Add(new Paragraph())
            .Add(Para([Run("TM. ỦY BAN NHÂN DÂN", bold: true), LineBreak(), Run("CHỦ TỊCH", bold: true)], center: true))
            .Add(new Paragraph())
            .Add(Para([Run("Trần Văn Bình", bold: true)], center: true));

        var result = PlanImporter.Import(builder.Build(), "ke-hoach.docx");
        var plan = result.Plan;

        Assert.Equal(("Ủy ban nhân dân xã Định Quán", "12/KH-UBND", "Định Quán", 10, 2, 2026), (plan.Issuer.Name, plan.Number, plan.Place, plan.Date.Day, plan.Date.Month, plan.Date.Year));
        Assert.Equal("Tuyên truyền cải cách hành chính xã Định Quán năm 2026", plan.Title);
        Assert.Equal("MỤC ĐÍCH", plan.Sections.Single(s => s.Label == "I").Heading);
        Assert.Equal(["UBND huyện", "Như trên", "Lưu: VT"], plan.Recipients);
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Trần Văn Bình"), (plan.Signer.Authority, plan.Signer.Position, plan.Signer.Name));
        Assert.Empty(plan.Unplaced);
        Assert.Contains("Số: 12/KH-UBND   Định Quán, ngày 10 tháng 02 năm 2026", result.SourceLines);
    }

    [Fact]
    public void Soft_line_breaks_inside_paragraphs()
    {
        var builder = PlanSkeleton()
            .Add(Para([Run("MỤC ĐÍCH", bold: true)], OutlineList, 0))
            .Add(Para([Run("Mục đích chung", bold: true), LineBreak(), Run("Nâng cao nhận thức về cải cách hành chính.")], OutlineList, 1))
            .Add(Para([Run("Tuyên truyền sâu rộng về cải cách thủ tục hành chính và"), LineBreak(), Run("dịch vụ công trực tuyến.")], OutlineList, 1));

        var result = PlanImporter.Import(builder.Build(), null);
        var part = result.Plan.Sections.Single(s => s.Label == "I");

        // A bold line, a break, plain text: a heading and its paragraph.
        Assert.Contains("**1. Mục đích chung**  ", result.SourceLines);
        Assert.Equal("Mục đích chung", part.Children[0].Heading);
        Assert.Equal(["Nâng cao nhận thức về cải cách hành chính."], part.Children[0].Paragraphs);

        // A break in the middle of a sentence: one paragraph again.
        Assert.Equal(["Tuyên truyền sâu rộng về cải cách thủ tục hành chính và dịch vụ công trực tuyến."], part.Children[1].Paragraphs);
    }

    [Fact]
    public void Deleted_table_rows_content_controls_and_nested_tables()
    {
        var deletedRow = Row([Cell("2"), Cell("Nhiệm vụ đã bỏ"), Cell("Phòng Kinh tế"), Cell(""), Cell("Quý I")]);
        deletedRow.PrependChild(new TableRowProperties(new Deleted { Author = "Văn thư", Id = "5" }));
        var nested = Table([2000, 2000], [Row([Cell("Phòng Văn hóa - Xã hội;"), Cell("Trung tâm Phục vụ hành chính công")])]);
        var builder = PlanSkeleton()
            .Add(Para([Run("HOẠT ĐỘNG TRỌNG TÂM", bold: true)], OutlineList, 0))
            .Add(new SdtBlock(new SdtContentBlock(Para([Run("Các hoạt động trọng tâm như sau:")]))))
            .Add(Table([700, 3000, 2000, 2000, 1500],
            [
                Row([
                    Cell("TT", bold: true), Cell("Nhiệm vụ", bold: true), Cell("Cơ quan chủ trì", bold: true),
                    Cell("Cơ quan phối hợp", bold: true), Cell("Thời gian", bold: true)
                ], header: true),
                Row([Cell("1"), Cell("Tuyên truyền trên Trang thông tin điện tử"), new TableCell(nested, new Paragraph()), Cell("Các đơn vị"), Cell("Thường xuyên")]),
                deletedRow,
                Row([Cell("2"), Cell("Tổ chức đối thoại với doanh nghiệp"), Cell("Phòng Kinh tế"), Cell(""), Cell("Quý II")]),
            ]));

        var result = PlanImporter.Import(builder.Build(), null);

        Assert.Equal(["1", "2"], result.Plan.Tasks.Select(t => t.Label));
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Trung tâm Phục vụ hành chính công"], result.Plan.Tasks[0].Lead);
        Assert.Equal("Quý II", result.Plan.Tasks[1].Timeframe);
        Assert.Equal(["Các hoạt động trọng tâm như sau:"], result.Plan.Sections.Single(s => s.Label == "I").Paragraphs);
        Assert.DoesNotContain(result.SourceLines, l => l.Contains("đã bỏ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_left_open_by_a_damaged_document_hides_nothing_after_its_paragraph()
    {
        var builder = PlanSkeleton()
            .Add(Para([Run("MỤC ĐÍCH", bold: true)], OutlineList, 0))
            .Add(Para(
            [
                Run("Trang "),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
                new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            ]))
            .Add(Para([Run("Nâng cao nhận thức về cải cách hành chính.")], OutlineList, 1));

        var plan = PlanImporter.Import(builder.Build(), null).Plan;
        var item = plan.Sections.Single(s => s.Label == "I").Children.Single();
        Assert.Equal(["Nâng cao nhận thức về cải cách hành chính."], item.Paragraphs);
    }

    [Fact]
    public void A_signature_table_with_spacer_columns_is_still_read_as_two_columns()
    {
        var builder = PlanSkeleton()
            .Add(Para([Run("MỤC ĐÍCH", bold: true)], OutlineList, 0))
            .Add(Para([Run("Nâng cao nhận thức về cải cách hành chính.")]))
            .Add(Table([3800, 300, 300, 4900],
            [
                Row(
                [
                    Cell([Para([Run("Nơi nhận:", bold: true, italic: true)]), Para([Run("Sở Nội vụ;")], BulletList, 0), Para([Run("Lưu: VT.")], BulletList, 0)]),
                    Cell(""),
                    Cell(""),
                    Cell([
                        Para([Run("KT. CHỦ TỊCH", bold: true)], center: true), Para([Run("PHÓ CHỦ TỊCH", bold: true)], center: true),
                        new Paragraph(), Para([Run("Lê Thị Mai", bold: true)], center: true)
                    ]),
                ]),
            ], borders: false));

        var plan = PlanImporter.Import(builder.Build(), null).Plan;

        Assert.Equal(["Sở Nội vụ", "Lưu: VT"], plan.Recipients);
        Assert.Equal(("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Mai"), (plan.Signer.Deputy, plan.Signer.Position, plan.Signer.Name));
        Assert.Empty(plan.Unplaced);
    }

    /// <summary>A numbered paragraph deleted as a whole with Track Changes: its text and its paragraph mark are deletions.</summary>
    private static Paragraph DeletedParagraph(string text, int numId, int level)
    {
        var paragraph = Para([new DeletedRun(new Run(new DeletedText(text))) { Author = "Văn thư", Id = "3" }], numId, level);
        paragraph.ParagraphProperties!.Append(new ParagraphMarkRunProperties(new Deleted { Author = "Văn thư", Id = "4" }));
        return paragraph;
    }
}
