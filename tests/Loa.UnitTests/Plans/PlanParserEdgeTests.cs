using Loa.Plans;
using Loa.Plans.Parsing;

namespace Loa.UnitTests.Plans;

/// <summary>What the parser does with text that is not quite a sample plan: garbage, other layouts, non-plans.</summary>
public sealed class PlanParserEdgeTests
{
    private const string SmallPlan = """
        ỦY BAN NHÂN DÂN	CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        ĐẶC KHU PHÚ QUỐC	Độc lập - Tự do - Hạnh phúc
        Số: 07/KH-UBND	Phú Quốc, ngày 09 tháng 02 năm 2026

        KẾ HOẠCH
        Tuyên truyền cải cách hành chính năm 2026

        Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
        Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2026 của UBND tỉnh An Giang về cải cách hành chính.

        I. MỤC ĐÍCH, YÊU CẦU
        Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.
        II. NỘI DUNG TUYÊN TRUYỀN
        1. Nội dung chung
        1.1. Các chủ trương của Đảng về cải cách hành chính.
        1.2. Kết quả cải cách thủ tục hành chính.
        2. Nội dung riêng
        a) Dịch vụ công trực tuyến.
        III. HÌNH THỨC TUYÊN TRUYỀN
        - Trên trang thông tin điện tử;
          + chuyên mục cải cách hành chính;
        - Trên hệ thống truyền thanh.
        IV. TỔ CHỨC THỰC HIỆN
        1. Văn phòng: tổng hợp, báo cáo kết quả định kỳ 6 tháng và cuối năm thông qua Văn phòng đặc khu.
        2. Các phòng chuyên môn hoàn thành kế hoạch riêng trước ngày 28/02/2026.

        Nơi nhận:
        - Sở Nội vụ;
        - Lưu: VT.
        TM. ỦY BAN NHÂN DÂN
        Q. CHỦ TỊCH
        Trần Văn Bình
        """;

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    public void Empty_text_is_rejected_in_vietnamese(string text)
    {
        var error = Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse(text));
        Assert.Contains("trống", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_content_is_rejected()
    {
        var error = Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse("PK\u0003\u0004\0\0\u0014\0word/document.xml"));
        Assert.Contains("không phải văn bản", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_a_plan_is_rejected()
    {
        var error = Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse("Xin chào.\nĐây là một đoạn văn bất kỳ, không có tiêu đề và không có phần nào.\n"));
        Assert.StartsWith("Không nhận ra kế hoạch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_is_not_a_plan()
    {
        var text = "Số: 20/BC-UBND\n\nBÁO CÁO\nKết quả cải cách hành chính quý I năm 2026\n\nI. KẾT QUẢ\nĐã thực hiện.\nII. PHƯƠNG HƯỚNG\nTiếp tục.\n";
        var error = Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse(text));
        Assert.Contains("BÁO CÁO", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_without_body_is_rejected()
    {
        Assert.Throws<PlanFormatException>(() => PlanTextParser.Parse("KẾ HOẠCH\n"));
    }

    [Fact]
    public void Garbage_after_the_signature_is_unplaced()
    {
        var text = SamplePlans.Text(SamplePlans.HungPhu) + "\n\nGhi chú: bản này chỉ dùng để thử nghiệm 123.\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Equal(["Ghi chú: bản này chỉ dùng để thử nghiệm 123."], plan.Unplaced);
        Assert.Equal("Nguyễn Thị Trúc Linh", plan.Signer.Name);
    }

    [Fact]
    public void Garbage_in_the_header_is_unplaced()
    {
        var text = "Bản nháp lần 3 — chưa trình ký\n" + SamplePlans.Text(SamplePlans.PhuocTan);
        var plan = PlanTextParser.Parse(text);
        Assert.Equal(["Bản nháp lần 3 — chưa trình ký"], plan.Unplaced);
        Assert.Equal("KH-UBND", plan.Symbol);
    }

    [Fact]
    public void A_second_name_after_the_signature_is_unplaced()
    {
        var text = SamplePlans.Text(SamplePlans.PhuocTan) + "\n\nLê Văn Tám\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Equal("Nguyễn Đắc Tuyên", plan.Signer.Name);
        Assert.Equal(["Lê Văn Tám"], plan.Unplaced);
    }

    [Fact]
    public void Small_plan_with_a_full_header()
    {
        var plan = PlanTextParser.Parse(SmallPlan);

        Assert.Equal("Ủy ban nhân dân đặc khu Phú Quốc", plan.Issuer.Name);
        Assert.Equal("đặc khu", plan.Issuer.Kind);
        Assert.Equal("Phú Quốc", plan.Issuer.Locality);
        Assert.Equal("07/KH-UBND", plan.Number);
        Assert.Equal("KH-UBND", plan.Symbol);
        Assert.Equal("Phú Quốc", plan.Place);
        Assert.Equal(9, plan.Date.Day);
        Assert.Equal(2, plan.Date.Month);
        Assert.Equal(2026, plan.Date.Year);
        Assert.Equal("Tuyên truyền cải cách hành chính năm 2026", plan.Title);
        Assert.Empty(plan.Unplaced);

        Assert.Collection(
            plan.Basis,
            b =>
            {
                Assert.Equal("Luật", b.Kind);
                Assert.Null(b.Number);
                Assert.Equal("2025-06-16", b.Date);
                Assert.Null(b.Issuer);
            },
            b =>
            {
                Assert.Equal("Quyết định", b.Kind);
                Assert.Equal("12/QĐ-UBND", b.Number);
                Assert.Equal("2026-01-05", b.Date);
                Assert.Equal("Ủy ban nhân dân tỉnh An Giang", b.Issuer);
            });

        // Two basis lines, one paragraph each.
        Assert.Equal(2, plan.Sections[0].Paragraphs.Count);
        Assert.Equal(SectionRoles.Preamble, plan.Sections[0].Role);
    }

    [Fact]
    public void Small_plan_sections_nest_by_numbering()
    {
        var plan = PlanTextParser.Parse(SmallPlan);
        Assert.Equal([null, "I", "II", "III", "IV"], plan.Sections.Select(s => s.Label));

        // An upper-case heading, then its text on the next line without a blank line.
        Assert.Equal(["Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính."], plan.Sections[1].Paragraphs);

        var contents = plan.Sections[2];
        Assert.Equal(SectionRoles.Contents, contents.Role);
        Assert.Equal(["1", "2"], contents.Children.Select(c => c.Label));
        Assert.Equal(["1.1", "1.2"], contents.Children[0].Children.Select(c => c.Label));
        Assert.Equal("Nội dung chung", contents.Children[0].Heading);
        Assert.Equal("a", Assert.Single(contents.Children[1].Children).Label);
        Assert.Equal(["1", "2"], plan.Contents.Select(c => c.Label));
        Assert.Equal("Nội dung chung Các chủ trương của Đảng về cải cách hành chính. Kết quả cải cách thủ tục hành chính.", plan.Contents[0].Text);

        // "+" under "-": a sub-item folded into its parent.
        Assert.Equal(
            ["Trên trang thông tin điện tử; chuyên mục cải cách hành chính;", "Trên hệ thống truyền thanh."],
            plan.Channels.Select(c => c.Text));
        Assert.Equal(["- Trên trang thông tin điện tử;", "- chuyên mục cải cách hành chính;", "- Trên hệ thống truyền thanh."], plan.Sections[3].Paragraphs);
    }

    [Fact]
    public void Small_plan_duties_reporting_deadlines_and_signature()
    {
        var plan = PlanTextParser.Parse(SmallPlan);

        // "Văn phòng: tổng hợp, …" — unit and duty on one line.
        Assert.Equal("Văn phòng", plan.Responsibilities[0].Unit);
        Assert.Equal(["tổng hợp, báo cáo kết quả định kỳ 6 tháng và cuối năm thông qua Văn phòng đặc khu"], plan.Responsibilities[0].Duties);
        Assert.Equal(["half-year", "year"], plan.Reporting.Periods);
        Assert.Equal("Văn phòng", plan.Reporting.Via);

        var deadline = Assert.Single(plan.Deadlines);
        Assert.Equal("2026-02-28", deadline.Date);
        Assert.Equal("Các phòng chuyên môn hoàn thành kế hoạch riêng trước ngày 28/02/2026", deadline.Subject);

        Assert.Equal(["Sở Nội vụ", "Lưu: VT"], plan.Recipients);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", plan.Signer.Authority);
        Assert.Equal("Q. CHỦ TỊCH", plan.Signer.Deputy);
        Assert.Null(plan.Signer.Position);
        Assert.Equal("Trần Văn Bình", plan.Signer.Name);
    }

    [Fact]
    public void Recipients_and_signature_side_by_side_in_two_columns()
    {
        var text = SamplePlans.Text(SamplePlans.PhuocTan);
        text = text[..text.IndexOf("Nơi nhận:", StringComparison.Ordinal)]
            + "Nơi nhận:\tKT. CHỦ TỊCH\n- UBND tỉnh;\tPHÓ CHỦ TỊCH\n- Sở Nội vụ tỉnh;\n- Lưu: VT, VHXX.\t(Đã ký)\n\tNguyễn Đắc Tuyên\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Equal(["UBND tỉnh", "Sở Nội vụ tỉnh", "Lưu: VT, VHXX"], plan.Recipients);
        Assert.Equal("KT. CHỦ TỊCH", plan.Signer.Deputy);
        Assert.Equal("PHÓ CHỦ TỊCH", plan.Signer.Position);
        Assert.Equal("Nguyễn Đắc Tuyên", plan.Signer.Name);
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void Columns_laid_out_with_spaces_in_header_and_tail()
    {
        var text = SamplePlans.Text(SamplePlans.PhuocTan);
        text = "     ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    PHƯỜNG PHƯỚC TÂN                    Độc lập - Tự do - Hạnh phúc\n"
            + "  Số:      /KH-UBND                 Phước Tân, ngày      tháng 02 năm 2026\n\n"
            + text[text.IndexOf("KẾ HOẠCH", StringComparison.Ordinal)..text.IndexOf("Nơi nhận:", StringComparison.Ordinal)]
            + "Nơi nhận:                                   KT. CHỦ TỊCH\n- UBND tỉnh;                              PHÓ CHỦ TỊCH\n- Lưu: VT.\n\n                                          Nguyễn Đắc Tuyên\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Equal("Ủy ban nhân dân phường Phước Tân", plan.Issuer.Name);
        Assert.Equal(("KH-UBND", "Phước Tân", 2, 2026), (plan.Symbol, plan.Place, plan.Date.Month, plan.Date.Year));
        Assert.Null(plan.Number);
        Assert.Null(plan.Date.Day);
        Assert.Equal(["UBND tỉnh", "Lưu: VT"], plan.Recipients);
        Assert.Equal("PHÓ CHỦ TỊCH", plan.Signer.Position);
        Assert.Equal("Nguyễn Đắc Tuyên", plan.Signer.Name);
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void Bold_headings_without_blank_lines()
    {
        var text = "**KẾ HOẠCH**\n**Tuyên truyền cải cách hành chính năm 2026**\nThực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2026 của UBND xã Định Quán.\n"
            + "**I. MỤC ĐÍCH**\n**1. Mục đích chung**\nNâng cao nhận thức về cải cách hành chính.\n**2. Đối tượng**\nCán bộ, công chức và người dân.\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Equal("Ủy ban nhân dân xã Định Quán", plan.Issuer.Name);
        var part = plan.Sections.Single(s => s.Label == "I");
        Assert.Equal(["Mục đích chung", "Đối tượng"], part.Children.Select(c => c.Heading));
        Assert.Equal([null, SectionRoles.Audience], part.Children.Select(c => c.Role));
        Assert.Equal(["Nâng cao nhận thức về cải cách hành chính."], part.Children[0].Paragraphs);
        Assert.Equal(["Cán bộ, công chức và người dân."], part.Children[1].Paragraphs);
    }

    [Fact]
    public void Roman_parts_without_a_title_are_still_a_plan()
    {
        var text = "Số: 03/KH-UBND\nXã Định Quán, ngày 05 tháng 3 năm 2026\n\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa - Xã hội\n- Chủ trì.\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Null(plan.Title);
        Assert.Equal(2026, plan.Year);
        Assert.Equal(["I", "II"], plan.Sections.Select(s => s.Label));
        Assert.Equal("Phòng Văn hóa - Xã hội", Assert.Single(plan.Responsibilities).Unit);
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void Motto_with_odd_dashes_and_spellings_is_consumed()
    {
        var text = "UBND XÃ CANH VINH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập — Tự do — Hạnh phúc\n_______________\n" + SamplePlans.Text(SamplePlans.CanhVinh);
        var plan = PlanTextParser.Parse(text);
        Assert.Empty(plan.Unplaced);
        Assert.Equal("Ủy ban nhân dân xã Canh Vinh", plan.Issuer.Name);
    }

    [Fact]
    public void Issuer_comes_from_the_header_when_the_body_names_none()
    {
        var text = "UỶ BAN NHÂN DÂN\nXÃ ĐỊNH QUÁN\n\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Equal("Ủy ban nhân dân xã Định Quán", plan.Issuer.Name);
        Assert.Equal("Định Quán", plan.Issuer.Locality);
        Assert.Empty(plan.Unplaced);
    }

    [Fact]
    public void Markdown_escapes_and_emphasis_are_removed()
    {
        var text = "# **KẾ HOẠCH**\n_Tuyên truyền cải cách hành chính năm 2026_\n\n## I\\. MỤC ĐÍCH\n\n1\\. Nâng cao *nhận thức* về __cải cách__ hành chính\\.\n";
        var plan = PlanTextParser.Parse(text);
        Assert.Equal("Tuyên truyền cải cách hành chính năm 2026", plan.Title);
        var item = Assert.Single(plan.Sections.Single(s => s.Label == "I").Children);
        Assert.Equal("1", item.Label);
        Assert.Equal(["Nâng cao nhận thức về cải cách hành chính."], item.Paragraphs);
    }

    [Fact]
    public void Every_text_value_is_clean()
    {
        foreach (var name in new[] { SamplePlans.PhuocTan, SamplePlans.CanhVinh, SamplePlans.HungPhu })
        {
            var json = System.Text.Json.Nodes.JsonNode.Parse(PlanJson.Serialize(SamplePlans.Plan(name)))!;
            foreach (var text in Strings(json))
            {
                Assert.Equal(text.Trim(), text);
                Assert.True(text.IsNormalized(System.Text.NormalizationForm.FormC), text);
                Assert.DoesNotContain("  ", text, StringComparison.Ordinal);
                Assert.DoesNotContain("**", text, StringComparison.Ordinal);
                Assert.DoesNotContain('\t', text);
                Assert.DoesNotContain('\n', text);
                Assert.False(text.StartsWith('#'), text);
            }
        }
    }

    private static IEnumerable<string> Strings(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => o.SelectMany(p => Strings(p.Value)),
        System.Text.Json.Nodes.JsonArray a => a.SelectMany(Strings),
        System.Text.Json.Nodes.JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}
