using Loa.Plans;

namespace Loa.UnitTests.Plans.Versions;

public sealed class PlanYearShiftTests
{
    [Theory]
    [InlineData("Trong năm 2026", "Trong năm 2027")]
    [InlineData("Quý III/2026", "Quý III/2027")]
    [InlineData("Trước ngày 30/6/2026", "Trước ngày 30/6/2027")]
    [InlineData("Kế hoạch cải cách hành chính năm 2026 của phường", "Kế hoạch cải cách hành chính năm 2027 của phường")]
    [InlineData("giai đoạn 2021 - 2030", "giai đoạn 2021 - 2030")]
    [InlineData("giai đoạn 2026-2030", "giai đoạn 2026-2030")]
    [InlineData("Quyết định số 707/QĐ-UBND ngày 12/02/2026 của UBND thành phố; năm 2026", "Quyết định số 707/QĐ-UBND ngày 12/02/2026 của UBND thành phố; năm 2027")]
    [InlineData("Kế hoạch số 23/KH-UBND ngày 28 tháng 01 năm 2026 về CCHC năm 2026", "Kế hoạch số 23/KH-UBND ngày 28 tháng 01 năm 2026 về CCHC năm 2027")]
    [InlineData("Nghị quyết số 76/NQ-CP năm 2021", "Nghị quyết số 76/NQ-CP năm 2021")]
    [InlineData("mã 120263 không phải năm", "mã 120263 không phải năm")]
    public void Moves_the_plans_year_in_running_text_but_not_periods_or_citations(string before, string after) =>
        Assert.Equal(after, PlanYearShift.ShiftText(before, 2026, 2027));

    [Fact]
    public void A_copied_plan_moves_to_the_new_year_and_keeps_its_legal_basis()
    {
        var plan = new PlanDocument
        {
            Year = 2026,
            Title = "Thông tin, tuyên truyền cải cách hành chính năm 2026",
            Number = "15/KH-UBND",
            Date = new PartialDate { Day = 5, Month = 3, Year = 2026 },
            Basis = [new BasisDocument { Kind = "Kế hoạch", Number = "51/KH-UBND", Date = "2026-01-30", Issuer = "Ủy ban nhân dân tỉnh Đồng Nai" }],
            Sections = [new PlanSection
            {
                Label = "I",
                Heading = "MỤC ĐÍCH NĂM 2026",
                Paragraphs = ["Thực hiện trong năm 2026."],
                Children = [new PlanSection { Label = "1", Paragraphs = ["Quý I/2026"] }],
            }],
            Tasks = [new PlanTask
            {
                Label = "1",
                Name = "Đăng tin năm 2026",
                Timeframe = "Trong năm 2026",
                Children = [new PlanTask { Label = "1.1", Name = "Con", Timeframe = "Quý II/2026" }],
            }],
            Deadlines = [new Deadline { Subject = "Ban hành chậm nhất ngày 17 tháng 02 năm 2026", Date = "2026-02-17" }],
            Funding = ["Ngân sách năm 2026"],
        };

        var moved = PlanYearShift.Shift(plan, 2026, 2027);

        Assert.Equal(2027, moved.Year);
        Assert.Null(moved.Number);
        Assert.Equal(new PartialDate { Year = 2027 }.Year, moved.Date.Year);
        Assert.Null(moved.Date.Day);
        Assert.Equal("Thông tin, tuyên truyền cải cách hành chính năm 2027", moved.Title);
        Assert.Equal("MỤC ĐÍCH NĂM 2027", moved.Sections[0].Heading);
        Assert.Equal("Quý I/2027", moved.Sections[0].Children[0].Paragraphs[0]);
        Assert.Equal("Quý II/2027", moved.Tasks[0].Children[0].Timeframe);
        Assert.Equal("2027-02-17", moved.Deadlines[0].Date);
        Assert.Equal("Ban hành chậm nhất ngày 17 tháng 02 năm 2027", moved.Deadlines[0].Subject);
        Assert.Equal("2026-01-30", moved.Basis[0].Date);
        Assert.Equal("Thông tin, tuyên truyền cải cách hành chính năm 2026", plan.Title);
    }
}
