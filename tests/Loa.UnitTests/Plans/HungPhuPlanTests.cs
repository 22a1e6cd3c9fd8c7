using Loa.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>hung-phu-2026.txt: Markdown headings and bold, a task table in the body with quantities and a row continued after a page break.</summary>
public sealed class HungPhuPlanTests
{
    private static PlanDocument Plan => SamplePlans.Plan(SamplePlans.HungPhu);

    [Fact]
    public void Header_fields_take_the_issuers_spelling_of_the_place()
    {
        Assert.Equal("Ủy ban nhân dân phường Hưng Phú", Plan.Issuer.Name);
        Assert.Equal("phường", Plan.Issuer.Kind);
        Assert.Equal("Hưng Phú", Plan.Issuer.Locality);
        Assert.Null(Plan.Number);
        Assert.Equal("KH-UBND", Plan.Symbol);
        Assert.Equal("Hưng Phú", Plan.Place); // the source says "Hung Phú"
        Assert.Null(Plan.Date.Day);
        Assert.Null(Plan.Date.Month);
        Assert.Equal(2026, Plan.Date.Year);
        Assert.Equal(2026, Plan.Year);
        Assert.Equal("Công tác thông tin, tuyên truyền cải cách hành chính năm 2026", Plan.Title);
    }

    [Fact]
    public void Basis()
    {
        Assert.Collection(
            Plan.Basis,
            b =>
            {
                Assert.Equal("Quyết định", b.Kind);
                Assert.Equal("707/QĐ-UBND", b.Number);
                Assert.Equal("2026-02-12", b.Date);
                Assert.Equal("Ủy ban nhân dân thành phố Cần Thơ", b.Issuer);
            },
            b =>
            {
                Assert.Equal("Kế hoạch", b.Kind);
                Assert.Equal("23/KH-UBND", b.Number);
                Assert.Equal("2026-01-28", b.Date);
                Assert.Equal("Ủy ban nhân dân phường Hưng Phú", b.Issuer);
            });
    }

    [Fact]
    public void Sections_follow_the_markdown_headings()
    {
        Assert.Equal([null, "I", "II", "III", "IV", "V", "VI", null], Plan.Sections.Select(s => s.Label));
        Assert.Equal(
            [null, "MỤC ĐÍCH, YÊU CẦU VÀ ĐỐI TƯỢNG", "NỘI DUNG TUYÊN TRUYỀN", "HÌNH THỨC TUYÊN TRUYỀN", "MỘT SỐ HOẠT ĐỘNG TUYÊN TRUYỀN TRỌNG TÂM", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN", null],
            Plan.Sections.Select(s => s.Heading));
        Assert.Equal(
            [
                SectionRoles.Preamble, SectionRoles.Purpose, SectionRoles.Contents, SectionRoles.Channels, SectionRoles.Tasks,
                SectionRoles.Funding, SectionRoles.Implementation, SectionRoles.Closing
            ],
            Plan.Sections.Select(s => s.Role));

        var purpose = SamplePlans.Part(Plan, "I");
        Assert.Equal(["Mục đích", "Yêu cầu", "Đối tượng"], purpose.Children.Select(c => c.Heading));
        Assert.Equal([null, null, SectionRoles.Audience], purpose.Children.Select(c => c.Role));
        var first = purpose.Children[0].Children[0];
        Assert.Equal("a", first.Label);
        Assert.Null(first.Heading);
        Assert.StartsWith("Nâng cao nhận thức, tinh thần trách nhiệm", Assert.Single(first.Paragraphs), StringComparison.Ordinal);

        // The intro sentence of part II is its paragraph, not an item.
        var contents = SamplePlans.Part(Plan, "II");
        Assert.Equal(["Công tác thông tin, tuyên truyền CCHC năm 2026 tập trung vào các nội dung trọng tâm sau:"], contents.Paragraphs);

        // The task table of part IV goes to tasks, not to paragraphs.
        var tasks = SamplePlans.Part(Plan, "IV");
        Assert.Empty(tasks.Paragraphs);
        Assert.Empty(tasks.Children);

        var preamble = Assert.Single(Plan.Sections[0].Paragraphs);
        Assert.EndsWith("Ủy ban nhân dân phường ban hành kế hoạch về công tác thông tin, tuyên truyền CCHC năm 2026, như sau:", preamble, StringComparison.Ordinal);
    }

    [Fact]
    public void Contents_and_channels_are_numbered_items()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6"], Plan.Contents.Select(c => c.Label));
        Assert.StartsWith("Tuyên truyền, phổ biến sâu rộng về tầm quan trọng", Plan.Contents[0].Text, StringComparison.Ordinal);
        Assert.Contains("Chỉ số Hiệu quả quản trị và Hành chính công (PAPI)", Plan.Contents[3].Text, StringComparison.Ordinal);
        Assert.StartsWith("Những kết quả đạt được", Plan.Contents[^1].Text, StringComparison.Ordinal);

        Assert.Equal(["1", "2", "3", "4"], Plan.Channels.Select(c => c.Label));
        Assert.EndsWith("Zalo, Facebook; Tiktok...", Plan.Channels[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Đưa nội dung thông tin về tình hình triển khai", Plan.Channels[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tasks_with_quantities()
    {
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], Plan.Tasks.Select(t => t.Label));
        Assert.Equal(
            ["05 số", "02 clip", "01 cuộc", "01 tiêu phẩm", "02 cuộc", "01 cuộc", "06 Pano", "01 chuyên mục"],
            Plan.Tasks.Select(t => t.Quantity!.Text));
        Assert.Equal([5, 2, 1, 1, 2, 1, 6, 1], Plan.Tasks.Select(t => t.Quantity!.Value));
        Assert.Equal(["số", "clip", "cuộc", "tiêu phẩm", "cuộc", "cuộc", "Pano", "chuyên mục"], Plan.Tasks.Select(t => t.Quantity!.Unit));
        Assert.All(Plan.Tasks, t =>
        {
            Assert.Equal(["Cơ quan, đơn vị có liên quan"], t.Partners);
            Assert.Null(t.Products);
            Assert.Empty(t.Children);
        });

        var first = Plan.Tasks[0];
        Assert.Equal(
            "Phối hợp tuyên truyền về Chuyên mục “Cải cách hành chính” trên Báo và Đài Phát thanh, Trang thông tin điện tử phường",
            first.Name);
        Assert.Equal(["Phòng Văn hóa – Xã hội"], first.Lead);
        Assert.Equal("Trong năm 2026", first.Timeframe);

        // Row 2 goes on after the page break and the repeated header.
        Assert.Equal("Phát các đoạn phim, video clip giới thiệu về CCHC trên trang thông tin điện tử, mạng xã hội", Plan.Tasks[1].Name);

        var third = Plan.Tasks[2];
        Assert.Equal("Phối hợp và tham gia tổ chức Hội nghị, Tọa đàm đối thoại trực tiếp giữa lãnh đạo phường với doanh nghiệp, cơ sở SXKD", third.Name);
        Assert.Equal(["Phòng KT, HT và ĐT"], third.Lead);
        Assert.Equal("Trong năm 2026 theo kế hoạch của thành phố", third.Timeframe);

        Assert.Equal("Giới thiệu tuyên truyền về tiêu phẩm biểu diễn phục vụ tuyên truyền thông tin lưu động", Plan.Tasks[3].Name);
        Assert.Equal("Tổ chức chuyến xe phát thanh tuyên truyền, chạy trên các tuyến đường thuộc phường", Plan.Tasks[4].Name);
        Assert.Equal("Phối hợp tổ chức Tọa đàm CCHC", Plan.Tasks[5].Name);
        Assert.Equal("Tuyên truyền trực quan bằng Pano, Áp phích trên các tuyến đường", Plan.Tasks[6].Name);
        Assert.Equal("Xây dựng chuyên mục CCHC trên Trang thông tin điện tử của xã, phường", Plan.Tasks[7].Name);
    }

    [Fact]
    public void Funding_starts_with_the_intro_sentence()
    {
        Assert.Equal(4, Plan.Funding.Count);
        Assert.Equal(
            "Kinh phí thực hiện tuyên truyền CCHC năm 2026 do ngân sách nhà nước đảm bảo theo phân cấp ngân sách nhà nước hiện hành:",
            Plan.Funding[0]);
        Assert.Equal("Từ nguồn xã hội hóa, đóng góp do các tổ chức, cá nhân hỗ trợ.", Plan.Funding[3]);
    }

    [Fact]
    public void Responsibilities()
    {
        Assert.Equal(
            [
                "Thủ trưởng cơ quan ngành, các đơn vị sự nghiệp công lập trực thuộc UBND phường thực hiện các nội dung sau",
                "Phòng Văn hóa – Xã hội",
                "Trung tâm Phục vụ hành chính công",
                "Phòng Kinh tế, Hạ tầng và đô thị",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường, các đoàn thể chính trị - xã hội phường phối hợp tham gia và có Kế hoạch tuyên truyền CCHC lồng ghép bằng nhiều hình thức phong phú, đa dạng, thiết thực, hiệu quả",
            ],
            Plan.Responsibilities.Select(r => r.Unit));
        Assert.Equal([4, 5, 3, 2, 0], Plan.Responsibilities.Select(r => r.Duties.Count));
        Assert.Equal(
            "Chịu trách nhiệm chủ trì tuyên truyền thông qua Trang thông tin điện tử phường; cụm pano, áp phích và tuyên truyền thông tin lưu động trên địa bàn phường.",
            Plan.Responsibilities[1].Duties[^1]);
    }

    [Fact]
    public void Reporting_quarterly_and_yearly()
    {
        Assert.Equal(["quarter", "year"], Plan.Reporting.Periods);
        Assert.Equal("Phòng Văn hóa – Xã hội", Plan.Reporting.Via);
        Assert.Empty(Plan.Deadlines);
    }

    [Fact]
    public void Recipients_signer_and_nothing_unplaced()
    {
        Assert.Equal(
            ["Sở Nội vụ", "TT HĐND-UBND phường", "UBMTTQVN phường", "Các cơ quan chuyên môn thuộc phường", "TTPVHCC phường", "Trang TTĐT phường", "Lưu: VT"],
            Plan.Recipients);
        Assert.Equal("TM. ỦY BAN NHÂN DÂN", Plan.Signer.Authority);
        Assert.Null(Plan.Signer.Deputy);
        Assert.Equal("CHỦ TỊCH", Plan.Signer.Position);
        Assert.Equal("Nguyễn Thị Trúc Linh", Plan.Signer.Name);
        Assert.Empty(Plan.Unplaced);
    }
}
