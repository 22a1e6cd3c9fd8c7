using Loa.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>phuoc-tan-2026.txt: lettered items with đ), a deadline, quarterly to annual reporting, a paragraph cut by a page break, no task table.</summary>
public sealed class PhuocTanPlanTests
{
    private static PlanDocument Plan => SamplePlans.Plan(SamplePlans.PhuocTan);

    [Fact]
    public void Header_fields()
    {
        Assert.Equal(PlanDocument.FormatName, Plan.Format);
        Assert.Equal("Ủy ban nhân dân phường Phước Tân", Plan.Issuer.Name);
        Assert.Equal("phường", Plan.Issuer.Kind);
        Assert.Equal("Phước Tân", Plan.Issuer.Locality);
        Assert.Null(Plan.Number);
        Assert.Equal("KH-UBND", Plan.Symbol);
        Assert.Equal("Phước Tân", Plan.Place);
        Assert.Null(Plan.Date.Day);
        Assert.Null(Plan.Date.Month);
        Assert.Equal(2026, Plan.Date.Year);
        Assert.Equal(2026, Plan.Year);
        Assert.Equal("Thông tin, tuyên truyền cải cách hành chính phường Phước Tân năm 2026", Plan.Title);
    }

    [Fact]
    public void Basis_lists_both_plans_with_full_issuers()
    {
        Assert.Collection(
            Plan.Basis,
            b =>
            {
                Assert.Equal("Kế hoạch", b.Kind);
                Assert.Equal("51/KH-UBND", b.Number);
                Assert.Equal("2026-01-30", b.Date);
                Assert.Equal("Ủy ban nhân dân tỉnh Đồng Nai", b.Issuer);
            },
            b =>
            {
                Assert.Equal("Kế hoạch", b.Kind);
                Assert.Equal("12/KH-UBND", b.Number);
                Assert.Equal("2026-01-14", b.Date);
                Assert.Equal("Ủy ban nhân dân phường Phước Tân", b.Issuer);
            });
    }

    [Fact]
    public void Sections_are_preamble_four_parts_and_closing()
    {
        Assert.Equal([null, "I", "II", "III", "IV", null], Plan.Sections.Select(s => s.Label));
        Assert.Equal(
            [null, "MỤC TIÊU, YÊU CẦU", "ĐỐI TƯỢNG, NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN", null],
            Plan.Sections.Select(s => s.Heading));
        Assert.Equal(
            [SectionRoles.Preamble, SectionRoles.Purpose, null, SectionRoles.Funding, SectionRoles.Implementation, SectionRoles.Closing],
            Plan.Sections.Select(s => s.Role));

        var preamble = Plan.Sections[0];
        Assert.Equal(2, preamble.Paragraphs.Count);
        Assert.StartsWith("Thực hiện Kế hoạch số 51/KH-UBND", preamble.Paragraphs[0], StringComparison.Ordinal);
        Assert.Equal(
            "Chủ tịch Ủy ban nhân dân phường Phước Tân ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm 2026 trên địa bàn phường, như sau:",
            preamble.Paragraphs[1]);
        Assert.Empty(preamble.Children);

        var closing = Plan.Sections[^1];
        Assert.Single(closing.Paragraphs);
        Assert.StartsWith("Trên đây là Kế hoạch thông tin, tuyên truyền", closing.Paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("nghiêm túc triển khai thực hiện./.", closing.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Part_I_nests_numbered_and_lettered_items()
    {
        var part = SamplePlans.Part(Plan, "I");
        Assert.Equal(["1", "2"], part.Children.Select(c => c.Label));
        Assert.Equal(["Mục tiêu", "Yêu cầu"], part.Children.Select(c => c.Heading));
        Assert.All(part.Children, c => Assert.Null(c.Role));

        var goals = part.Children[0];
        Assert.Equal(["a", "b"], goals.Children.Select(c => c.Label));
        Assert.Equal(["Mục tiêu chung", "Mục tiêu cụ thể"], goals.Children.Select(c => c.Heading));
        var specific = goals.Children[1];
        Assert.Equal(5, specific.Paragraphs.Count);
        Assert.All(specific.Paragraphs, p => Assert.StartsWith("- ", p, StringComparison.Ordinal));
        Assert.Equal(
            "- Xác định nội dung, hình thức thông tin, tuyên truyền cải cách hành chính phù hợp với từng nhóm đối tượng là cá nhân, cơ quan, tổ chức.",
            specific.Paragraphs[0]);

        var requirements = part.Children[1];
        Assert.Equal(["a", "b", "c"], requirements.Children.Select(c => c.Label));
        Assert.All(requirements.Children, c =>
        {
            Assert.Null(c.Heading);
            Assert.Single(c.Paragraphs);
            Assert.Empty(c.Children);
        });
    }

    [Fact]
    public void Part_II_children_carry_the_roles()
    {
        var part = SamplePlans.Part(Plan, "II");
        Assert.Equal(
            [SectionRoles.Audience, SectionRoles.Contents, SectionRoles.Channels, SectionRoles.Tasks],
            part.Children.Select(c => c.Role));
        Assert.Equal(
            "Các nhiệm vụ tuyên truyền trọng tâm (Kèm Phụ lục phân công nhiệm vụ tuyên truyền cải cách hành chính trọng tâm năm 2026)",
            part.Children[3].Heading);
    }

    [Fact]
    public void Contents_are_the_eleven_lettered_items()
    {
        Assert.Equal(["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l"], Plan.Contents.Select(c => c.Label));
        Assert.StartsWith("Các quan điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước về cải cách hành chính.", Plan.Contents[0].Text, StringComparison.Ordinal);
        Assert.Equal("Tuyên truyền các nội dung về cải cách hành chính theo chỉ đạo của Lãnh đạo phường.", Plan.Contents[^1].Text);
        Assert.Contains("Chỉ số cải cách hành chính (PAR INDEX);", Plan.Contents[7].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Channels_join_the_paragraph_cut_by_a_page_break()
    {
        Assert.Equal(["a", "b", "c", "d", "đ", "e", "g", "h"], Plan.Channels.Select(c => c.Label));
        Assert.Equal(
            "Thông qua các sản phẩm tuyên truyền như tờ xếp hướng dẫn, sổ tay nghiệp vụ, pano, băng rôn, áp phích, tranh cổ động, sân khấu hóa...;",
            Plan.Channels[2].Text);
        Assert.Equal("Thông qua các hình thức và kênh thông tin phù hợp khác.", Plan.Channels[^1].Text);
    }

    [Fact]
    public void No_task_table_means_no_tasks()
    {
        Assert.Empty(Plan.Tasks);
    }

    [Fact]
    public void Funding_has_two_entries()
    {
        Assert.Equal(2, Plan.Funding.Count);
        Assert.StartsWith("Kinh phí thực hiện Kế hoạch thông tin, tuyên truyền về cải cách hành chính năm 2026", Plan.Funding[0], StringComparison.Ordinal);
        Assert.Equal("Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán ngân sách hàng năm được cấp có thẩm quyền giao.", Plan.Funding[1]);
    }

    [Fact]
    public void Responsibilities_per_unit()
    {
        Assert.Equal(
            ["Lãnh đạo các Phòng chuyên môn, Trung tâm Phục vụ Hành chính công", "Phòng Văn hoá – Xã hội", "Trung tâm Phục vụ Hành chính công", "Kính đề nghị UBMTTQVN (Phụ trách Thanh niên)"],
            Plan.Responsibilities.Select(r => r.Unit));
        Assert.Equal([7, 8, 2, 1], Plan.Responsibilities.Select(r => r.Duties.Count));
        Assert.StartsWith("Bám sát tình hình và nhiệm vụ", Plan.Responsibilities[0].Duties[0], StringComparison.Ordinal);
        Assert.Equal(
            "Phối hợp Phòng kinh tế, hạ tầng và đô thị tuyên truyền hỗ trợ doanh nghiệp trên địa bàn phường thực hiện chuyển đổi số.",
            Plan.Responsibilities[1].Duties[5]);
        Assert.All(Plan.Responsibilities.SelectMany(r => r.Duties), d => Assert.False(d.StartsWith("- ", StringComparison.Ordinal)));

        // "chính quyền số" then "Triển khai …": two paragraphs, not merged.
        Assert.Equal(
            "Phối hợp các Phòng chuyên môn liên quan thực hiện tuyên truyền kết quả cải cách thủ tục hành chính trên địa bàn phường; chính quyền điện tử, chính quyền số",
            Plan.Responsibilities[2].Duties[0]);
    }

    [Fact]
    public void Reporting_every_period_via_the_culture_office()
    {
        Assert.Equal(["quarter", "half-year", "nine-months", "year"], Plan.Reporting.Periods);
        Assert.Equal("Phòng Văn hoá – Xã hội", Plan.Reporting.Via);
    }

    [Fact]
    public void Deadline_for_units_own_plans()
    {
        var deadline = Assert.Single(Plan.Deadlines);
        Assert.Equal("Thời gian ban hành Kế hoạch chậm nhất trước ngày 17 tháng 02 năm 2026", deadline.Subject);
        Assert.Equal("2026-02-17", deadline.Date);
    }

    [Fact]
    public void Recipients_signer_and_nothing_unplaced()
    {
        Assert.Equal(9, Plan.Recipients.Count);
        Assert.Equal("UBND tỉnh", Plan.Recipients[0]);
        Assert.Equal("08 Trưởng khu phố", Plan.Recipients[^2]);
        Assert.Equal("Lưu: VT, VHXX. (Trưởng)", Plan.Recipients[^1]);

        Assert.Null(Plan.Signer.Authority);
        Assert.Equal("KT. CHỦ TỊCH", Plan.Signer.Deputy);
        Assert.Equal("PHÓ CHỦ TỊCH", Plan.Signer.Position);
        Assert.Equal("Nguyễn Đắc Tuyên", Plan.Signer.Name);
        Assert.Empty(Plan.Unplaced);
    }
}
