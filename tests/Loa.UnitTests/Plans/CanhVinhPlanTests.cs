using Loa.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>canh-vinh-2026.txt: a partial date, the signature before an appendix table with sub-rows 4.1–4.4 and a repeated header.</summary>
public sealed class CanhVinhPlanTests
{
    private static PlanDocument Plan => SamplePlans.Plan(SamplePlans.CanhVinh);

    [Fact]
    public void Header_fields()
    {
        Assert.Equal("Ủy ban nhân dân xã Canh Vinh", Plan.Issuer.Name);
        Assert.Equal("xã", Plan.Issuer.Kind);
        Assert.Equal("Canh Vinh", Plan.Issuer.Locality);
        Assert.Null(Plan.Number);
        Assert.Equal("KH-UBND", Plan.Symbol);
        Assert.Equal("Canh Vinh", Plan.Place);
        Assert.Null(Plan.Date.Day);
        Assert.Equal(3, Plan.Date.Month);
        Assert.Equal(2026, Plan.Date.Year);
        Assert.Equal(2026, Plan.Year);
        Assert.Equal("Tuyên truyền công tác cải cách hành chính xã Canh Vinh năm 2026", Plan.Title);
    }

    [Fact]
    public void Basis_is_the_communes_own_plan()
    {
        var basis = Assert.Single(Plan.Basis);
        Assert.Equal("Kế hoạch", basis.Kind);
        Assert.Equal("135/KH-UBND", basis.Number);
        Assert.Equal("2025-12-31", basis.Date);
        Assert.Equal("Ủy ban nhân dân xã Canh Vinh", basis.Issuer);
    }

    [Fact]
    public void Sections()
    {
        Assert.Equal([null, "I", "II", "III", "IV", "V", null], Plan.Sections.Select(s => s.Label));
        Assert.Equal(
            [null, "MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", "MỘT SỐ HOẠT ĐỘNG TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2026", "NGUỒN KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN", null],
            Plan.Sections.Select(s => s.Heading));
        Assert.Equal(
            [SectionRoles.Preamble, SectionRoles.Purpose, null, SectionRoles.Tasks, SectionRoles.Funding, SectionRoles.Implementation, SectionRoles.Closing],
            Plan.Sections.Select(s => s.Role));

        // Part I: five long numbered sentences, text items.
        var purpose = SamplePlans.Part(Plan, "I");
        Assert.Equal(["1", "2", "3", "4", "5"], purpose.Children.Select(c => c.Label));
        Assert.All(purpose.Children, c =>
        {
            Assert.Null(c.Heading);
            Assert.Single(c.Paragraphs);
        });

        var contentsAndChannels = SamplePlans.Part(Plan, "II");
        Assert.Equal([SectionRoles.Contents, SectionRoles.Channels], contentsAndChannels.Children.Select(c => c.Role));
        Assert.Equal(["(Có Phụ lục kèm theo)"], SamplePlans.Part(Plan, "III").Paragraphs);

        // Item c) heads its two dash bullets.
        var c = contentsAndChannels.Children[0].Children.Single(x => x.Label == "c");
        Assert.StartsWith("Các nội dung, giải pháp, nhiệm vụ cải thiện", c.Heading, StringComparison.Ordinal);
        Assert.Equal(2, c.Paragraphs.Count);
        Assert.All(c.Paragraphs, p => Assert.StartsWith("- Tình hình", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Contents_fold_sub_bullets_into_their_item()
    {
        // The source letters a, b, c, d, e, g: it skips đ.
        Assert.Equal(["a", "b", "c", "d", "e", "g"], Plan.Contents.Select(c => c.Label));
        Assert.Equal(
            "Các quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về cải cách hành. Vai trò, trách nhiệm của các cấp ủy đảng, đoàn thể, của người đứng đầu các cơ quan, đơn vị đối với việc triển khai thực hiện nhiệm vụ cải cách hành chính; các văn bản, quản điểm chỉ đạo, định hướng của Trung ương, của tỉnh về công tác cải cách hành chính.",
            Plan.Contents[0].Text);
        Assert.Contains("và các Chỉ số khác. Tình hình, kết quả thực hiện cơ chế một cửa", Plan.Contents[2].Text, StringComparison.Ordinal);
        Assert.EndsWith("sử dụng dịch vụ công trực tuyến cho công dân.", Plan.Contents[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("- ", Plan.Contents[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("Các quy định của pháp luật về mối quan hệ", Plan.Contents[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Channels_are_dash_items()
    {
        Assert.Equal(5, Plan.Channels.Count);
        Assert.All(Plan.Channels, c => Assert.Equal("-", c.Label));
        Assert.StartsWith("Tuyên truyền qua các phương tiện thông tin đại chúng", Plan.Channels[0].Text, StringComparison.Ordinal);
        Assert.Equal("Các hình thức phù hợp khác.", Plan.Channels[^1].Text);
    }

    [Fact]
    public void Tasks_from_the_appendix_with_sub_rows()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], Plan.Tasks.Select(t => t.Label));
        Assert.All(Plan.Tasks.SelectMany(t => t.Children.Prepend(t)), t => Assert.Null(t.Quantity));

        var first = Plan.Tasks[0];
        Assert.Equal("Tuyên truyền các chủ trương, chính sách, pháp luật của Đảng và Nhà nước về cải cách hành chính.", first.Name);
        Assert.Equal(["Phòng Văn hóa - Xã hội", "Trung tâm Cung ứng dịch vụ sự nghiệp công"], first.Lead);
        Assert.Equal(["Các cơ quan, đơn vị"], first.Partners);
        Assert.Equal("Thường xuyên", first.Timeframe);
        Assert.Equal("- Hội nghị, các cuộc họp thường kỳ của các cơ quan, đơn vị. - Phát thanh trên Đài của xã", first.Products);
        Assert.Empty(first.Children);

        var second = Plan.Tasks[1];
        Assert.StartsWith("Tuyên truyền tình hình triển khai và kết quả Chỉ số cải cách hành chính (PAR INDEX);", second.Name, StringComparison.Ordinal);
        Assert.Equal(first.Lead, second.Lead);

        var third = Plan.Tasks[2];
        Assert.Equal("Đưa tin, bài viết, hoạt động liên quan đến công tác cải cách hành chính Đài phát thanh", third.Name);
        Assert.Equal(["Trung tâm Cung ứng dịch vụ sự nghiệp công"], third.Lead);
        Assert.Equal("Kế hoạch", third.Products);

        var fourth = Plan.Tasks[3];
        Assert.Equal("Gửi tin, bài về kết quả thực hiện nhiệm vụ cải cách hành chính của xã", fourth.Name);
        Assert.Equal(["Các cơ quan, đơn vị"], fourth.Lead);
        Assert.Empty(fourth.Partners);
        Assert.Null(fourth.Timeframe);
        Assert.Null(fourth.Products);
        Assert.Equal(["4.1", "4.2", "4.3", "4.4"], fourth.Children.Select(c => c.Label));
        Assert.Equal(
            ["Văn phòng HĐND và UBND", "Trung tâm Phục vụ hành chính công", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế"],
            fourth.Children.Select(c => Assert.Single(c.Lead)));
        Assert.Equal("Về nội dung cải cách thể chế", fourth.Children[0].Name);
        Assert.Equal("Định kỳ 01 lần/quý", fourth.Children[1].Timeframe);
        Assert.Equal(
            "Các sản phẩm tuyên truyền đa dạng hình thức: bản tin infographic; phóng sự, video clips, tin ngắn, bài viết, ấn phẩm...",
            fourth.Children[1].Products);
        Assert.Null(fourth.Children[0].Timeframe);
        Assert.All(fourth.Children, c => Assert.Empty(c.Partners));
        Assert.StartsWith("Về nội dung công tác chỉ đạo điều hành cải cách hành chính", fourth.Children[2].Name, StringComparison.Ordinal);
        Assert.EndsWith("chính sách khuyến khích hỗ trợ doanh nghiệp...", fourth.Children[3].Name, StringComparison.Ordinal);

        var fifth = Plan.Tasks[4];
        Assert.Equal(["Các cơ quan, đơn vị liên quan", "các thôn/làng"], fifth.Partners);
        Assert.Equal("Pano, áp phích, khẩu hiệu, băng rôn", fifth.Products);

        var sixth = Plan.Tasks[5];
        Assert.Equal(["Phòng Kinh tế và các cơ quan, đơn vị có liên quan đến lĩnh vực mà doanh nghiệp, người dân quan tâm"], sixth.Lead);
        Assert.Equal("Kế hoạch hoặc lồng ghép tại các chương trình, hội nghị, hội thảo, tọa đàm", sixth.Products);

        var seventh = Plan.Tasks[6];
        Assert.Equal("Tổ chức tuyên truyền, hướng dẫn người dân về các thủ tục hành chính", seventh.Name);
        Assert.Equal(["Trung tâm Phục vụ hành chính công"], seventh.Lead);
        Assert.Equal("Thường xuyên", seventh.Timeframe);
        Assert.Equal("Kế hoạch hoặc lồng ghép tại các chương trình, hội nghị, hội thảo,.. tại các thôn/làng", seventh.Products);
    }

    [Fact]
    public void Funding_and_responsibilities()
    {
        Assert.Equal(2, Plan.Funding.Count);
        Assert.StartsWith("Kinh phí phục vụ cho công tác thông tin", Plan.Funding[0], StringComparison.Ordinal);
        Assert.Equal(
            [
                "Các cơ quan, đơn vị thuộc UBND xã", "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Phòng Kinh tế",
                "Trung tâm Phục vụ hành chính công", "Trung tâm Cung ứng dịch vụ sự nghiệp công"
            ],
            Plan.Responsibilities.Select(r => r.Unit));
        Assert.Equal([4, 7, 2, 3, 1, 3], Plan.Responsibilities.Select(r => r.Duties.Count));

        // "… cho các doanh nghiệp;" + page break + "đổi mới, …": one duty.
        Assert.Equal(
            "Chủ động, tích cực nắm bắt tình hình, tổ chức gặp gỡ, trao đổi, đối thoại với doanh nghiệp để hỗ trợ, tháo gỡ khó khăn, vướng mắc cho các doanh nghiệp; đổi mới, nâng cao hiệu quả hoạt động xúc tiến đầu tư nhằm thu hút đầu tư của các doanh nghiệp vào địa bàn xã.",
            Plan.Responsibilities[3].Duties[1]);
    }

    [Fact]
    public void Reporting_without_periods_and_no_deadlines()
    {
        Assert.Empty(Plan.Reporting.Periods);
        Assert.Null(Plan.Reporting.Via);
        Assert.Empty(Plan.Deadlines);
    }

    [Fact]
    public void Recipients_signer_and_nothing_unplaced()
    {
        Assert.Equal(["TT Đảng ủy xã", "TT HĐND xã", "CT, các PCT UBND xã", "LĐVP", "Các cơ quan, đơn vị thuộc xã", "Lưu: VT, VHXH (V)"], Plan.Recipients);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", Plan.Signer.Authority);
        Assert.Equal("KT. CHỦ TỊCH", Plan.Signer.Deputy);
        Assert.Equal("PHÓ CHỦ TỊCH", Plan.Signer.Position);
        Assert.Equal("Vũ Trọng Tuyên", Plan.Signer.Name);
        Assert.Empty(Plan.Unplaced);
    }
}
