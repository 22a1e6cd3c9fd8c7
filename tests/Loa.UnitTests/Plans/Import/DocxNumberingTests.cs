using DocumentFormat.OpenXml.Packaging;
using Loa.Plans.Import;
using static Loa.UnitTests.Plans.Import.WordDocumentBuilder;

namespace Loa.UnitTests.Plans.Import;

/// <summary>Word's automatic numbering written out as the labels Word shows.</summary>
public sealed class DocxNumberingTests
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    [Fact]
    public void Outline_levels_roman_decimal_letter_and_bullets()
    {
        var builder = new WordDocumentBuilder()
            .Add(Para([Run("MỤC ĐÍCH")], OutlineList, 0))
            .Add(Para([Run("Mục tiêu")], OutlineList, 1))
            .Add(Para([Run("Mục tiêu chung")], OutlineList, 2))
            .Add(Para([Run("Mục tiêu cụ thể")], OutlineList, 2))
            .Add(Para([Run("Một ý")], BulletList, 0))
            .Add(Para([Run("Yêu cầu")], OutlineList, 1))
            .Add(Para([Run("Kịp thời")], OutlineList, 2))
            .Add(Para([Run("NỘI DUNG")], OutlineList, 0))
            .Add(Para([Run("Nội dung chung")], OutlineList, 1));

        Assert.Equal(
            ["I. MỤC ĐÍCH", "1. Mục tiêu", "a) Mục tiêu chung", "b) Mục tiêu cụ thể", "- Một ý", "2. Yêu cầu", "a) Kịp thời", "II. NỘI DUNG", "1. Nội dung chung"],
            Lines(builder));
    }

    [Fact]
    public void A_restarted_list_starts_again_and_instances_of_one_definition_share_its_counter()
    {
        var builder = new WordDocumentBuilder()
            .AddAbstract(10, [("decimal", "%1.", 1)])
            .AddInstance(11, 10)
            .AddInstance(12, 10, (0, 1))
            .AddInstance(13, 10);
        foreach (var (numId, text) in new[] { (11, "một"), (11, "hai"), (11, "ba"), (0, "Đoạn văn"), (12, "một lại"), (12, "hai lại"), (13, "tiếp"), (11, "tiếp nữa") })
        {
            builder.Add(numId == 0 ? Para([Run(text)]) : Para([Run(text)], numId, 0));
        }

        // As Word shows it: numId 12 restarts (startOverride); 13 and 11 go on from the shared counter.
        Assert.Equal(["1. một", "2. hai", "3. ba", "Đoạn văn", "1. một lại", "2. hai lại", "3. tiếp", "4. tiếp nữa"], Lines(builder));
    }

    [Fact]
    public void Start_values_and_start_overrides()
    {
        var builder = new WordDocumentBuilder()
            .AddAbstract(20, [("decimal", "%1)", 5)])
            .AddInstance(21, 20)
            .AddInstance(22, 20, (0, 3))
            .Add(Para([Run("năm")], 21, 0))
            .Add(Para([Run("sáu")], 21, 0))
            .Add(Para([Run("ba")], 22, 0));

        Assert.Equal(["5) năm", "6) sáu", "3) ba"], Lines(builder));
    }

    [Fact]
    public void Deeper_levels_restart_under_a_new_parent_and_may_show_their_parents_numbers()
    {
        var builder = new WordDocumentBuilder()
            .AddList(30, 30, ("decimal", "%1."), ("decimal", "%1.%2."), ("lowerLetter", "%3)"))
            .Add(Para([Run("A")], 30, 0))
            .Add(Para([Run("A1")], 30, 1))
            .Add(Para([Run("A2")], 30, 1))
            .Add(Para([Run("A2a")], 30, 2))
            .Add(Para([Run("B")], 30, 0))
            .Add(Para([Run("B1")], 30, 1))
            .Add(Para([Run("B1a")], 30, 2));

        Assert.Equal(["1. A", "1.1. A1", "1.2. A2", "a) A2a", "2. B", "2.1. B1", "a) B1a"], Lines(builder));
    }

    [Fact]
    public void Level_restart_zero_never_restarts_and_legal_numbering_writes_decimals()
    {
        var builder = new WordDocumentBuilder()
            .AddNumberingXml(
                "<w:abstractNum w:abstractNumId=\"40\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"0\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/><w:lvlText w:val=\"%1.%2.%3\"/></w:lvl>"
                + "</w:abstractNum>",
                "<w:num w:numId=\"40\"><w:abstractNumId w:val=\"40\"/></w:num>")
            .Add(Para([Run("Phần một")], 40, 0))
            .Add(Para([Run("mục")], 40, 1))
            .Add(Para([Run("Phần hai")], 40, 0))
            .Add(Para([Run("mục tiếp")], 40, 1))
            .Add(Para([Run("điểm")], 40, 2));

        Assert.Equal(["I. Phần một", "1. mục", "II. Phần hai", "2. mục tiếp", "2.2.1 điểm"], Lines(builder));
    }

    [Fact]
    public void Formats_word_offers()
    {
        var builder = new WordDocumentBuilder()
            .AddList(50, 50, ("upperLetter", "%1."))
            .AddList(51, 51, ("lowerRoman", "(%1)"))
            .AddList(52, 52, ("decimalZero", "%1."))
            .AddList(53, 53, ("lowerLetter", "%1)"))
            .AddList(54, 54, ("bullet", "\uF0B7"));
        foreach (var numId in new[] { 50, 51, 52, 53 })
        {
            for (var i = 0; i < 4; i++)
            {
                builder.Add(Para([Run("x")], numId, 0));
            }
        }

        for (var i = 4; i < 27; i++)
        {
            builder.Add(Para([Run("y")], 53, 0));
        }

        builder.Add(Para([Run("z")], 54, 0));
        var lines = Lines(builder);

        Assert.Equal(["A. x", "B. x", "C. x", "D. x"], lines[0..4]);
        Assert.Equal(["(i) x", "(ii) x", "(iii) x", "(iv) x"], lines[4..8]);
        Assert.Equal(["01. x", "02. x", "03. x", "04. x"], lines[8..12]);
        Assert.Equal(["a) x", "b) x", "c) x", "d) x", "e) y", "f) y"], lines[12..18]);
        Assert.Equal("aa) y", lines[^2]);
        Assert.Equal("- z", lines[^1]);
    }

    [Fact]
    public void Numbering_from_the_paragraph_style_and_a_level_tied_to_a_style()
    {
        var builder = new WordDocumentBuilder()
            .AddNumberingXml(
                "<w:abstractNum w:abstractNumId=\"60\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:pStyle w:val=\"Muc\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
                + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"TieuMuc\"/><w:lvlText w:val=\"%2.\"/></w:lvl>"
                + "</w:abstractNum>",
                "<w:num w:numId=\"60\"><w:abstractNumId w:val=\"60\"/></w:num>")
            .AddStyleXml($"<w:style {W} w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"Muc\"/><w:basedOn w:val=\"Heading1\"/><w:pPr><w:numPr><w:numId w:val=\"60\"/></w:numPr></w:pPr></w:style>")
            .AddStyleXml($"<w:style {W} w:type=\"paragraph\" w:styleId=\"TieuMuc\"><w:name w:val=\"TieuMuc\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"60\"/></w:numPr></w:pPr></w:style>")
            .AddStyleXml($"<w:style {W} w:type=\"paragraph\" w:styleId=\"TieuMucCon\"><w:name w:val=\"TieuMucCon\"/><w:basedOn w:val=\"TieuMuc\"/></w:style>")
            .Add(Para([Run("MỤC ĐÍCH")], style: "Muc"))
            .Add(Para([Run("Mục đích")], style: "TieuMuc"))
            .Add(Para([Run("Yêu cầu")], style: "TieuMucCon"))
            .Add(Para([Run("Không đánh số")], numId: 0, style: "TieuMuc"))
            .Add(Para([Run("TỔ CHỨC THỰC HIỆN")], style: "Muc"))
            .Add(Para([Run("Phòng Văn hóa - Xã hội")], style: "TieuMuc"));

        // "Muc" is a Heading 1 (bold, outline level): its numbered lines come as bold headings.
        Assert.Equal(
            ["**I. MỤC ĐÍCH**", "1. Mục đích", "2. Yêu cầu", "Không đánh số", "**II. TỔ CHỨC THỰC HIỆN**", "1. Phòng Văn hóa - Xã hội"],
            Lines(builder));
    }

    [Fact]
    public void A_definition_linked_through_a_numbering_style()
    {
        var builder = new WordDocumentBuilder()
            .AddNumberingXml(
                "<w:abstractNum w:abstractNumId=\"70\"><w:styleLink w:val=\"DanhSach\"/>"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"%1)\"/></w:lvl></w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"71\"><w:numStyleLink w:val=\"DanhSach\"/></w:abstractNum>",
                "<w:num w:numId=\"70\"><w:abstractNumId w:val=\"70\"/></w:num><w:num w:numId=\"71\"><w:abstractNumId w:val=\"71\"/></w:num>")
            .AddStyleXml($"<w:style {W} w:type=\"numbering\" w:styleId=\"DanhSach\"><w:name w:val=\"DanhSach\"/><w:pPr><w:numPr><w:numId w:val=\"70\"/></w:numPr></w:pPr></w:style>")
            .Add(Para([Run("thứ nhất")], 71, 0))
            .Add(Para([Run("thứ hai")], 71, 0));

        Assert.Equal(["a) thứ nhất", "b) thứ hai"], Lines(builder));
    }

    [Fact]
    public void An_empty_numbered_paragraph_still_takes_its_number()
    {
        var builder = new WordDocumentBuilder()
            .Add(Para([Run("Một")], OutlineList, 1))
            .Add(Para([], OutlineList, 1))
            .Add(Para([Run("Ba")], OutlineList, 1));

        Assert.Equal(["1. Một", "3. Ba"], Lines(builder));
    }

    [Fact]
    public void Word_lettering_past_e_gives_contents_items_f_and_on()
    {
        var builder = PlanSkeleton();
        builder.Add(Para([Run("NỘI DUNG TUYÊN TRUYỀN", bold: true)], OutlineList, 0));
        foreach (var item in new[] { "Thể chế", "Thủ tục hành chính", "Tổ chức bộ máy", "Công vụ", "Tài chính công", "Chính phủ số", "Chỉ số PAR INDEX, SIPAS" })
        {
            builder.Add(Para([Run($"Tuyên truyền về {item}.")], OutlineList, 2));
        }

        var plan = PlanImporter.Import(builder.Build(), "ke-hoach.docx").Plan;

        Assert.Equal(["a", "b", "c", "d", "e", "f", "g"], plan.Contents.Select(c => c.Label));
        Assert.Equal("Tuyên truyền về Chính phủ số.", plan.Contents[5].Text);
        Assert.Empty(plan.Unplaced);
    }

    /// <summary>Header, title and preamble of a small plan, to which a test adds its parts.</summary>
    internal static WordDocumentBuilder PlanSkeleton() => new WordDocumentBuilder()
        .Add(Table([3600, 5700],
        [
            Row([
                Cell([Para([Run("ỦY BAN NHÂN DÂN")]), Para([Run("XÃ ĐỊNH QUÁN", bold: true)])]),
                Cell([Para([Run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true)]), Para([Run("Độc lập - Tự do - Hạnh phúc", bold: true)])])
            ]),
            Row([Cell("Số: 12/KH-UBND"), Cell("Định Quán, ngày 10 tháng 02 năm 2026")]),
        ], borders: false))
        .Add(Para([Run("KẾ HOẠCH", bold: true)], center: true))
        .Add(Para([Run("Tuyên truyền cải cách hành chính năm 2026", bold: true)], center: true))
        .Add(Para([Run("Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2026 của UBND tỉnh Đồng Nai, Ủy ban nhân dân xã Định Quán ban hành Kế hoạch như sau:")]));

    /// <summary>The non-blank lines the reader gives for a document.</summary>
    internal static List<string> Lines(WordDocumentBuilder builder) => Read(builder).Lines.Where(l => l.Length > 0).ToList();

    internal static DocxText Read(WordDocumentBuilder builder)
    {
        using var stream = new MemoryStream(builder.Build());
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        return DocxTextReader.Read(document);
    }
}
