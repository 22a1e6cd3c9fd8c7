using Loa.Plans;
using Loa.Units;
using Loa.UnitTests.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>A plan document stored as records and exported again comes back unchanged: import and export are lossless.</summary>
public sealed class PlanMapperTests
{
    private static readonly Unit[] Units =
    [
        new() { Id = 11, Name = "Phòng Văn hóa – Xã hội" },
        new() { Id = 12, Name = "Phòng Kinh tế, Hạ tầng và Đô thị" },
        new() { Id = 13, Name = "Trung tâm Phục vụ hành chính công" },
        new() { Id = 14, Name = "Ủy ban Mặt trận Tổ quốc Việt Nam phường" },
        new() { Id = 15, Name = "Văn phòng HĐND và UBND", IsArchived = true },
    ];

    [Fact]
    public void Fill_then_ToDocument_gives_back_every_field()
    {
        var document = Document();

        var plan = new Plan { ProvinceId = 1, CommuneId = 2 };
        PlanMapper.Fill(plan, document, new UnitMatcher(Units, "Hưng Phú"));
        var back = PlanMapper.ToDocument(plan);

        Assert.Equal(PlanJson.Serialize(document), PlanJson.Serialize(back));
    }

    [Fact]
    public void A_plan_exported_twice_is_the_same_document()
    {
        var plan = new Plan();
        PlanMapper.Fill(plan, Document(), new UnitMatcher(Units));
        var first = PlanMapper.ToDocument(plan);

        var copy = new Plan();
        PlanMapper.Fill(copy, first, new UnitMatcher(Units));

        Assert.Equal(PlanJson.Serialize(first), PlanJson.Serialize(PlanMapper.ToDocument(copy)));
    }

    [Theory]
    [InlineData(SamplePlans.CanhVinh)]
    [InlineData(SamplePlans.HungPhu)]
    [InlineData(SamplePlans.PhuocTan)]
    public void The_sample_plans_survive_being_stored(string name)
    {
        var document = SamplePlans.FreshPlan(name);
        document.Unplaced.Clear(); // what the parser could not place is shown for review, not stored in the plan

        var plan = new Plan();
        PlanMapper.Fill(plan, document, new UnitMatcher(Units));

        Assert.Equal(PlanJson.Serialize(document), PlanJson.Serialize(PlanMapper.ToDocument(plan)));
    }

    [Fact]
    public void Lead_and_partner_names_are_linked_to_the_communes_units()
    {
        var plan = new Plan();
        PlanMapper.Fill(plan, Document(), new UnitMatcher(Units, "Hưng Phú"));

        var dialogue = plan.Tasks.Single(t => t.Label == "2");
        Assert.Equal([(TaskUnitRole.Lead, "Phòng KT, HT và ĐT", (int?)12)], dialogue.Leads.Select(u => (u.Role, u.Name, u.UnitId)));
        Assert.Equal(
            [("UBMTTQVN phường", (int?)14), ("Cơ quan, đơn vị có liên quan", null)],
            dialogue.Partners.Select(u => (u.Name, u.UnitId)));

        var subRow = plan.Tasks.Single(t => t.Label == "3.2");
        Assert.Equal([(int?)13], subRow.Leads.Select(u => u.UnitId));

        var archived = plan.Tasks.Single(t => t.Label == "3.1");
        Assert.Equal([(int?)null], archived.Leads.Select(u => u.UnitId));

        Assert.Equal([11, null], plan.Responsibilities.OrderBy(r => r.Order).Select(r => r.UnitId));
    }

    [Fact]
    public void Sub_rows_and_sub_sections_are_linked_to_their_parents_and_stored_in_the_plan()
    {
        var plan = new Plan { ProvinceId = 1, CommuneId = 2 };
        PlanMapper.Fill(plan, Document(), new UnitMatcher(Units));

        Assert.Equal(5, plan.Tasks.Count);
        var parent = plan.Tasks.Single(t => t.Label == "3");
        Assert.Equal(["3.1", "3.2"], parent.Children.Select(c => c.Label));
        Assert.All(parent.Children, c => Assert.Same(parent, c.Parent));
        Assert.All(plan.Tasks.Where(t => t != parent && !parent.Children.Contains(t)), t => Assert.Null(t.Parent));
        Assert.All(plan.Tasks, t => Assert.Equal((1, (int?)2), (t.ProvinceId, t.CommuneId)));

        Assert.Equal(4, plan.Sections.Count);
        Assert.Equal(["1", "2"], plan.Sections.Single(s => s.Label == "I").Children.Select(c => c.Label));
    }

    [Fact]
    public void Header_dates_and_reporting_become_typed_values()
    {
        var plan = new Plan();
        PlanMapper.Fill(plan, Document(), new UnitMatcher(Units));

        Assert.Equal(2026, plan.Year);
        Assert.Equal(new DateOnly(2026, 2, 12), plan.Basis[0].Date);
        Assert.Equal(new DateOnly(2026, 2, 17), plan.Deadlines.Single().Date);
        Assert.Equal(ReportingPeriods.Quarter | ReportingPeriods.HalfYear | ReportingPeriods.NineMonths | ReportingPeriods.Year, plan.ReportingPeriods);
        Assert.Equal(5, plan.Tasks.Single(t => t.Label == "1").QuantityValue);
    }

    private static PlanDocument Document() => new()
    {
        Issuer = new PlanIssuer { Name = "Ủy ban nhân dân phường Hưng Phú", Kind = "phường", Locality = "Hưng Phú" },
        Number = "15/KH-UBND",
        Symbol = "KH-UBND",
        Place = "Hưng Phú",
        Date = new PartialDate { Day = null, Month = 3, Year = 2026 },
        Year = 2026,
        Title = "Công tác thông tin, tuyên truyền cải cách hành chính năm 2026",
        Basis =
        [
            new BasisDocument { Kind = "Quyết định", Number = "707/QĐ-UBND", Date = "2026-02-12", Issuer = "Ủy ban nhân dân thành phố Cần Thơ" },
            new BasisDocument { Kind = "Kế hoạch", Number = "23/KH-UBND", Date = null, Issuer = null },
        ],
        Sections =
        [
            new PlanSection { Label = null, Heading = null, Role = SectionRoles.Preamble, Paragraphs = ["Thực hiện Quyết định số 707/QĐ-UBND;"] },
            new PlanSection
            {
                Label = "I",
                Heading = "MỤC ĐÍCH, YÊU CẦU",
                Role = SectionRoles.Purpose,
                Children =
                [
                    new PlanSection { Label = "1", Heading = "Mục đích", Paragraphs = ["Nâng cao nhận thức.", "Tạo sự đồng thuận."] },
                    new PlanSection { Label = "2", Heading = "Yêu cầu", Paragraphs = [] },
                ],
            },
        ],
        Contents = [new LabeledItem { Label = "1", Text = "Cải cách thể chế" }, new LabeledItem { Label = null, Text = "Chỉ số PAR INDEX" }],
        Channels = [new LabeledItem { Label = "a", Text = "Trang thông tin điện tử phường" }],
        Tasks =
        [
            new PlanTask
            {
                Label = "1",
                Name = "Phối hợp tuyên truyền về Chuyên mục “Cải cách hành chính”",
                Lead = ["Phòng Văn hóa – Xã hội"],
                Partners = ["Cơ quan, đơn vị có liên quan"],
                Timeframe = "Trong năm 2026",
                Quantity = new Quantity { Value = 5, Unit = "số", Text = "05 số" },
                Products = "Chuyên mục",
            },
            new PlanTask
            {
                Label = "2",
                Name = "Tọa đàm đối thoại trực tiếp với doanh nghiệp",
                Lead = ["Phòng KT, HT và ĐT"],
                Partners = ["UBMTTQVN phường", "Cơ quan, đơn vị có liên quan"],
                Timeframe = "Quý III/2026",
                Quantity = new Quantity { Value = 1, Unit = "cuộc", Text = "01 cuộc" },
            },
            new PlanTask
            {
                Label = "3",
                Name = "Gửi tin, bài về kết quả thực hiện nhiệm vụ cải cách hành chính",
                Lead = ["Các cơ quan, đơn vị"],
                Children =
                [
                    new PlanTask { Label = "3.1", Name = "Về nội dung cải cách thể chế", Lead = ["Văn phòng HĐND và UBND"] },
                    new PlanTask { Label = "3.2", Name = "Về cải cách thủ tục hành chính", Lead = ["TTPVHCC"], Timeframe = "Định kỳ 01 lần/quý", Products = "Bản tin, video" },
                ],
            },
        ],
        Responsibilities =
        [
            new Responsibility { Unit = "Phòng Văn hóa – Xã hội phường", Duties = ["Chủ trì, theo dõi.", "Tổng hợp báo cáo."] },
            new Responsibility { Unit = "Các khu phố", Duties = [] },
        ],
        Reporting = new Reporting { Periods = ["quarter", "half-year", "nine-months", "year"], Via = "Phòng Văn hóa – Xã hội" },
        Deadlines = [new Deadline { Subject = "Ban hành kế hoạch", Date = "2026-02-17" }],
        Funding = ["Ngân sách nhà nước", "Nguồn xã hội hóa"],
        Recipients = ["UBND thành phố;", "Lưu: VT, VHXH."],
        Signer = new Signer { Authority = "TM. ỦY BAN NHÂN DÂN", Deputy = "KT. CHỦ TỊCH", Position = "PHÓ CHỦ TỊCH", Name = "Nguyễn Văn A" },
    };
}
