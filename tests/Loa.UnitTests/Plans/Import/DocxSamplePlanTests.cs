using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Loa.Plans;
using Loa.Plans.Import;

namespace Loa.UnitTests.Plans.Import;

/// <summary>
/// Each sample plan written as a real Word document (header block table, Word numbering and bullets, bold
/// headings, task table with a tblHeader row, merged cells, signature table) imports to the plan its text parses to.
/// </summary>
public sealed partial class DocxSamplePlanTests
{
    public static TheoryData<string> Names => [SamplePlans.PhuocTan, SamplePlans.CanhVinh, SamplePlans.HungPhu];

    [Theory]
    [MemberData(nameof(Names))]
    public void Imports_to_the_plan_its_text_parses_to(string name)
    {
        var result = Import(name);

        Assert.Equal(ImportKind.Docx, result.Kind);
        PlanAssert.Same(Expected(name), result.Plan);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Essential_fields(string name)
    {
        var text = SamplePlans.Plan(name);
        var docx = Import(name).Plan;

        Assert.Equal(text.Issuer.Name, docx.Issuer.Name);
        Assert.Equal((text.Number, text.Symbol, text.Place), (docx.Number, docx.Symbol, docx.Place));
        Assert.Equal((text.Date.Day, text.Date.Month, text.Date.Year, text.Year), (docx.Date.Day, docx.Date.Month, docx.Date.Year, docx.Year));
        Assert.Equal(text.Title, docx.Title);
        Assert.Equal(text.Basis.Select(b => (b.Kind, b.Number, b.Date, b.Issuer)), docx.Basis.Select(b => (b.Kind, b.Number, b.Date, b.Issuer)));
        Assert.Equal(text.Sections.Select(s => (s.Label, s.Heading, s.Role)), docx.Sections.Select(s => (s.Label, s.Heading, s.Role)));
        Assert.Equal(text.Contents.Select(c => (c.Label, c.Text)), docx.Contents.Select(c => (c.Label, c.Text)));
        Assert.Equal(text.Channels.Select(c => (c.Label, c.Text)), docx.Channels.Select(c => (c.Label, c.Text)));
        Assert.Equal(Rows(Expected(name).Tasks), Rows(docx.Tasks));
        Assert.Equal(text.Responsibilities.Select(r => (r.Unit, r.Duties.Count)), docx.Responsibilities.Select(r => (r.Unit, r.Duties.Count)));
        Assert.Equal(text.Reporting.Periods, docx.Reporting.Periods);
        Assert.Equal(text.Reporting.Via, docx.Reporting.Via);
        Assert.Equal(text.Deadlines.Select(d => (d.Subject, d.Date)), docx.Deadlines.Select(d => (d.Subject, d.Date)));
        Assert.Equal(text.Funding, docx.Funding);
        Assert.Equal(text.Recipients, docx.Recipients);
        Assert.Equal(
            (text.Signer.Authority, text.Signer.Deputy, text.Signer.Position, text.Signer.Name),
            (docx.Signer.Authority, docx.Signer.Deputy, docx.Signer.Position, docx.Signer.Name));
        Assert.Empty(docx.Unplaced);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_document_numbers_with_word_numbering_not_typed_labels(string name)
    {
        // The test documents must be what they claim: parts and items numbered by numbering.xml, and the
        // header block, task table and signature as tables.
        var xml = DocumentXml(SampleDocx.Bytes(name));
        var paragraphs = ParagraphTexts().Matches(xml).Select(m => Regex.Replace(m.Value, "<[^>]+>", "")).ToList();
        Assert.DoesNotContain(paragraphs, p => TypedRomanLabel().IsMatch(p));
        Assert.True(Regex.Count(xml, "<w:numId w:val=\"1\"") >= 20, "outline numbering used");
        Assert.True(Regex.Count(xml, "<w:numId w:val=\"2\"") >= 6, "bullets used");
        Assert.True(Regex.Count(xml, "<w:tbl>") >= 2, "header block and signature tables");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_document_is_a_valid_word_file(string name)
    {
        using var stream = new MemoryStream(SampleDocx.Bytes(name));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Source_lines_show_the_labels_word_shows_and_tables_as_tab_separated_rows(string name)
    {
        var lines = Import(name).SourceLines;
        var plan = SamplePlans.Plan(name);

        Assert.Contains(lines, l => l.StartsWith("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal)
            || l.StartsWith("UBND PHƯỜNG PHƯỚC TÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Số: /KH-UBND\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Replace("**", "", StringComparison.Ordinal).StartsWith("I. ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Nơi nhận:\t", StringComparison.Ordinal));
        Assert.Equal(
            plan.Recipients.Count,
            lines.Count(l => l.StartsWith("- ", StringComparison.Ordinal) && plan.Recipients.Any(r => l.StartsWith("- " + r, StringComparison.Ordinal))));
        Assert.All(lines, l => Assert.DoesNotContain('\n', l));
    }

    [Fact]
    public void Canh_vinh_merged_timeframe_goes_to_the_first_row_of_the_merge_with_a_warning()
    {
        var result = Import(SamplePlans.CanhVinh);
        var fourth = result.Plan.Tasks.Single(t => t.Label == "4");

        Assert.Equal(["4.1", "4.2", "4.3", "4.4"], fourth.Children.Select(c => c.Label));
        Assert.Equal("Định kỳ 01 lần/quý", fourth.Children[0].Timeframe);
        Assert.StartsWith("Các sản phẩm tuyên truyền đa dạng hình thức", fourth.Children[0].Products, StringComparison.Ordinal);
        Assert.All(fourth.Children.Skip(1), c => Assert.Null(c.Timeframe));

        // Row 4's lead cell spans the partners column (gridSpan): the partners stay empty.
        Assert.Equal(["Các cơ quan, đơn vị"], fourth.Lead);
        Assert.Empty(fourth.Partners);

        var warning = Assert.Single(result.Warnings);
        Assert.Contains("cột «Thời gian thực hiện», dòng 4.1 đến 4.4", warning, StringComparison.Ordinal);
        Assert.Contains("cột «Hoạt động/sản phẩm», dòng 4.1 đến 4.4", warning, StringComparison.Ordinal);

        // The header row is in the document once (Word repeats it on each page by itself).
        Assert.Single(result.SourceLines, l => l.StartsWith("TT\tNhiệm vụ", StringComparison.Ordinal));
    }

    [Fact]
    public void Hung_phu_repeated_header_row_is_dropped_and_the_row_continued_after_the_page_break_is_merged()
    {
        var result = Import(SamplePlans.HungPhu);

        Assert.Equal(2, result.SourceLines.Count(l => l.StartsWith("TT\tHoạt động tuyên truyền", StringComparison.Ordinal)));
        Assert.Contains("\tmạng xã hội\t\t\t\t", result.SourceLines);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], result.Plan.Tasks.Select(t => t.Label));
        Assert.Equal("Phát các đoạn phim, video clip giới thiệu về CCHC trên trang thông tin điện tử, mạng xã hội", result.Plan.Tasks[1].Name);
        Assert.Equal([5, 2, 1, 1, 2, 1, 6, 1], result.Plan.Tasks.Select(t => t.Quantity!.Value));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Hung_phu_title_and_signature_broken_by_soft_line_breaks()
    {
        var result = Import(SamplePlans.HungPhu);

        Assert.Contains("KẾ HOẠCH", result.SourceLines);
        Assert.Equal("Công tác thông tin, tuyên truyền cải cách hành chính năm 2026", result.Plan.Title);
        Assert.Contains("- Sở Nội vụ;\tCHỦ TỊCH", result.SourceLines);
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Thị Trúc Linh"), (result.Plan.Signer.Authority, result.Plan.Signer.Position, result.Plan.Signer.Name));

        // Whole-bold numbered lines come as Markdown bold: "5. Đề nghị … hiệu quả." stays a heading.
        Assert.Contains(result.SourceLines, l => l.StartsWith("**5. Đề nghị Ủy ban Mặt trận", StringComparison.Ordinal) && l.EndsWith("hiệu quả.**", StringComparison.Ordinal));
        Assert.Equal("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường, các đoàn thể chính trị - xã hội phường phối hợp tham gia và có Kế hoạch tuyên truyền CCHC lồng ghép bằng nhiều hình thức phong phú, đa dạng, thiết thực, hiệu quả", result.Plan.Responsibilities[^1].Unit);
    }

    [Fact]
    public void Phuoc_tan_letters_past_d_stay_typed_and_still_read()
    {
        // Word cannot letter "đ)": the sample keeps those labels typed, between Word-lettered a) … d).
        var plan = Import(SamplePlans.PhuocTan).Plan;
        Assert.Equal(["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l"], plan.Contents.Select(c => c.Label));
        Assert.Equal(["quarter", "half-year", "nine-months", "year"], plan.Reporting.Periods);
        Assert.Equal("2026-02-17", Assert.Single(plan.Deadlines).Date);
    }

    private static ImportResult Import(string name) => PlanImporter.Import(SampleDocx.Bytes(name), Path.ChangeExtension(name, ".docx"));

    /// <summary>
    /// The plan the text parses to, except where Word keeps the cell differently: Canh Vinh's merged timeframe and
    /// product cells (4.1–4.4) hold their text in the merge's first row, where the PDF-converted text showed it in 4.2.
    /// </summary>
    private static PlanDocument Expected(string name)
    {
        var plan = SamplePlans.FreshPlan(name);
        if (name == SamplePlans.CanhVinh)
        {
            var rows = plan.Tasks.Single(t => t.Label == "4").Children;
            (rows[0].Timeframe, rows[0].Products, rows[1].Timeframe, rows[1].Products) = (rows[1].Timeframe, rows[1].Products, null, null);
        }

        return plan;
    }

    private static List<string> Rows(IEnumerable<PlanTask> tasks) =>
        [.. tasks.SelectMany(t => t.Children.Prepend(t)).Select(t =>
            $"{t.Label}|{t.Name}|{string.Join(";", t.Lead)}|{string.Join(";", t.Partners)}|{t.Timeframe}|{t.Quantity?.Text}|{t.Products}|{t.Children.Count}")];

    private static string DocumentXml(byte[] docx)
    {
        using var archive = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    [GeneratedRegex("<w:p[ >].*?</w:p>")]
    private static partial Regex ParagraphTexts();

    [GeneratedRegex(@"^(?:I|II|III|IV|V|VI)\.\s")]
    private static partial Regex TypedRomanLabel();
}
