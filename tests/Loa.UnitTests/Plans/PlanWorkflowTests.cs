using Loa.Plans;

namespace Loa.UnitTests.Plans;

/// <summary>Draft → submitted → approved → issued, and back to draft with a comment; each refusal is a Vietnamese sentence.</summary>
public sealed class PlanWorkflowTests
{
    private static readonly DateTime Now = new(2026, 2, 10, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_complete_draft_can_be_submitted()
    {
        var plan = Draft();

        Assert.Null(PlanWorkflow.Submit(plan, Now));
        Assert.Equal(PlanStatus.Submitted, plan.Status);
        Assert.Equal(Now, plan.SubmittedAt);
        Assert.False(plan.IsEditable());
    }

    [Fact]
    public void Submitting_clears_the_comment_of_an_earlier_return()
    {
        var plan = Draft();
        plan.ReturnComment = "Bổ sung số lượng";

        PlanWorkflow.Submit(plan, Now);

        Assert.Null(plan.ReturnComment);
    }

    [Theory]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    [InlineData(PlanStatus.Issued)]
    public void Only_a_draft_can_be_submitted(PlanStatus status)
    {
        var plan = Draft();
        plan.Status = status;

        AssertRefused(PlanWorkflow.Submit(plan, Now));
        Assert.Equal(status, plan.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_plan_without_title_cannot_be_submitted(string title)
    {
        var plan = Draft();
        plan.Title = title;

        AssertRefused(PlanWorkflow.Submit(plan, Now));
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void A_plan_without_tasks_cannot_be_submitted()
    {
        var plan = Draft();
        plan.Tasks.Clear();

        AssertRefused(PlanWorkflow.Submit(plan, Now));
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void A_task_with_only_partners_cannot_be_submitted()
    {
        var plan = Draft();
        plan.Tasks.Add(Task("Tọa đàm CCHC", new KeyTaskUnit { Role = TaskUnitRole.Partner, Name = "Các cơ quan, đơn vị" }));

        AssertRefused(PlanWorkflow.Submit(plan, Now));
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void A_heading_row_without_lead_is_fine_when_its_sub_rows_have_leads()
    {
        var plan = Draft();
        var parent = Task("Gửi tin, bài về kết quả CCHC");
        AddChild(parent, Task("Về cải cách thể chế", Lead("Văn phòng HĐND và UBND")));
        plan.Tasks.AddRange([parent, .. parent.Children]);

        Assert.Null(PlanWorkflow.Submit(plan, Now));
    }

    [Fact]
    public void A_sub_row_without_lead_is_fine_when_its_parent_has_one()
    {
        var plan = Draft();
        var parent = Task("Gửi tin, bài về kết quả CCHC", Lead("Phòng Văn hóa – Xã hội"));
        AddChild(parent, Task("Về cải cách thể chế"));
        plan.Tasks.AddRange([parent, .. parent.Children]);

        Assert.Null(PlanWorkflow.Submit(plan, Now));
    }

    [Fact]
    public void A_sub_row_that_nobody_leads_cannot_be_submitted()
    {
        var plan = Draft();
        var parent = Task("Gửi tin, bài về kết quả CCHC");
        AddChild(parent, Task("Về cải cách thể chế", Lead("Văn phòng HĐND và UBND")));
        AddChild(parent, Task("Về cải cách tài chính công"));
        plan.Tasks.AddRange([parent, .. parent.Children]);

        AssertRefused(PlanWorkflow.Submit(plan, Now));
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [Fact]
    public void A_submitted_plan_can_be_approved()
    {
        var plan = Draft();
        PlanWorkflow.Submit(plan, Now);

        Assert.Null(PlanWorkflow.Approve(plan, "leader-1", Now.AddDays(1)));
        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal("leader-1", plan.ApprovedById);
        Assert.Equal(Now.AddDays(1), plan.ApprovedAt);
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Approved)]
    [InlineData(PlanStatus.Issued)]
    public void Only_a_submitted_plan_can_be_approved(PlanStatus status)
    {
        var plan = Draft();
        plan.Status = status;

        AssertRefused(PlanWorkflow.Approve(plan, "leader-1", Now));
        Assert.Equal(status, plan.Status);
    }

    [Theory]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Approved)]
    public void A_submitted_or_approved_plan_goes_back_to_draft_with_the_reason(PlanStatus status)
    {
        var plan = Draft();
        plan.Status = status;
        plan.ApprovedById = status == PlanStatus.Approved ? "leader-1" : null;

        Assert.Null(PlanWorkflow.Return(plan, "  Bổ sung chỉ tiêu cho nhiệm vụ 3.  "));
        Assert.Equal(PlanStatus.Draft, plan.Status);
        Assert.Equal("Bổ sung chỉ tiêu cho nhiệm vụ 3.", plan.ReturnComment);
        Assert.Null(plan.ApprovedById);
        Assert.Null(plan.ApprovedAt);
        Assert.True(plan.IsEditable());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Returning_needs_a_reason(string? comment)
    {
        var plan = Draft();
        plan.Status = PlanStatus.Submitted;

        AssertRefused(PlanWorkflow.Return(plan, comment));
        Assert.Equal(PlanStatus.Submitted, plan.Status);
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Issued)]
    public void A_draft_or_issued_plan_cannot_be_returned(PlanStatus status)
    {
        var plan = Draft();
        plan.Status = status;

        AssertRefused(PlanWorkflow.Return(plan, "Sửa lại"));
        Assert.Equal(status, plan.Status);
    }

    [Theory]
    [InlineData("5", "05/KH-UBND")]
    [InlineData(" 5 ", "05/KH-UBND")]
    [InlineData("05", "05/KH-UBND")]
    [InlineData("15", "15/KH-UBND")]
    [InlineData("123", "123/KH-UBND")]
    [InlineData("15/KH-UBND", "15/KH-UBND")]
    [InlineData("15 / KH-UBND", "15/KH-UBND")]
    [InlineData("7/KH-UBND", "07/KH-UBND")]
    public void Issuing_numbers_the_plan_as_the_decree_writes_it(string number, string expected)
    {
        var plan = Approved();

        Assert.Null(PlanWorkflow.Issue(plan, number, new DateOnly(2026, 2, 5)));
        Assert.Equal(PlanStatus.Issued, plan.Status);
        Assert.Equal(expected, plan.Number);
        Assert.Equal($"Số: {expected}", plan.NumberLine);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("abc")]
    [InlineData("15/")]
    [InlineData("/KH-UBND")]
    [InlineData("-3")]
    [InlineData("15 KH-UBND")]
    public void Issuing_refuses_a_number_that_is_not_one(string? number)
    {
        var plan = Approved();

        AssertRefused(PlanWorkflow.Issue(plan, number, new DateOnly(2026, 2, 5)));
        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Null(plan.Number);
    }

    [Theory]
    [InlineData(2025, 12, 20)]
    [InlineData(2026, 1, 1)]
    [InlineData(2026, 12, 31)]
    public void Issuing_sets_number_date_and_the_header_date_parts(int year, int month, int day)
    {
        var plan = Approved();
        var date = new DateOnly(year, month, day);

        Assert.Null(PlanWorkflow.Issue(plan, "15", date));
        Assert.Equal(date, plan.IssuedOn);
        Assert.Equal(day, plan.DateDay);
        Assert.Equal(month, plan.DateMonth);
        Assert.Equal(year, plan.DateYear);
    }

    [Theory]
    [InlineData(2024, 12, 31)]
    [InlineData(2027, 1, 1)]
    public void Issuing_refuses_a_date_outside_the_plan_year_and_the_year_before(int year, int month, int day)
    {
        var plan = Approved();

        AssertRefused(PlanWorkflow.Issue(plan, "15", new DateOnly(year, month, day)));
        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Null(plan.IssuedOn);
    }

    [Fact]
    public void Issuing_needs_a_date()
    {
        var plan = Approved();

        AssertRefused(PlanWorkflow.Issue(plan, "15", null));
        Assert.Equal(PlanStatus.Approved, plan.Status);
    }

    [Theory]
    [InlineData(PlanStatus.Draft)]
    [InlineData(PlanStatus.Submitted)]
    [InlineData(PlanStatus.Issued)]
    public void Only_an_approved_plan_can_be_issued(PlanStatus status)
    {
        var plan = Draft();
        plan.Status = status;

        AssertRefused(PlanWorkflow.Issue(plan, "15", new DateOnly(2026, 2, 5)));
        Assert.Equal(status, plan.Status);
    }

    [Fact]
    public void An_unissued_plan_shows_a_blank_number()
    {
        Assert.Equal("Số:      /KH-UBND", Draft().NumberLine);
    }

    private static Plan Draft()
    {
        var plan = new Plan { Id = 1, Year = 2026, Title = "Công tác thông tin, tuyên truyền cải cách hành chính năm 2026" };
        plan.Tasks.Add(Task("Xây dựng chuyên mục CCHC", Lead("Phòng Văn hóa – Xã hội")));
        return plan;
    }

    private static Plan Approved()
    {
        var plan = Draft();
        Assert.Null(PlanWorkflow.Submit(plan, Now));
        Assert.Null(PlanWorkflow.Approve(plan, "leader-1", Now));
        return plan;
    }

    private static KeyTask Task(string name, params KeyTaskUnit[] units) => new() { Name = name, Units = [.. units] };

    private static KeyTaskUnit Lead(string name) => new() { Role = TaskUnitRole.Lead, Name = name };

    private static void AddChild(KeyTask parent, KeyTask child)
    {
        child.Parent = parent;
        child.Order = parent.Children.Count;
        parent.Children.Add(child);
    }

    private static void AssertRefused(string? reason)
    {
        Assert.False(string.IsNullOrWhiteSpace(reason));
        Assert.Matches("[ảạãàáâầấậăằắđêếềệôồốộơờớưừứợựỉịọụ]", reason);
    }
}
