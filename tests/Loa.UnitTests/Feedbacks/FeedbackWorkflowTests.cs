using Loa.Domain.Accounts;
using Loa.Feedbacks;

namespace Loa.UnitTests.Feedbacks;

/// <summary>The steps of handling a feedback: who may take each in which state, and what each checks and sets.</summary>
public sealed class FeedbackWorkflowTests
{
    private const int AssignedUnit = 7;
    private const int OtherUnit = 8;

    private static readonly DateTime Now = new(2026, 7, 2, 2, 30, 0, DateTimeKind.Utc);

    /// <summary>The people of a commune: role and unit.</summary>
    private static readonly (string Who, UserRole? Role, int? Unit)[] People =
    [
        ("coordinator", UserRole.Coordinator, null),
        ("leader", UserRole.Leader, null),
        ("officer of the assigned unit", UserRole.UnitOfficer, AssignedUnit),
        ("officer of another unit", UserRole.UnitOfficer, OtherUnit),
        ("officer of no unit", UserRole.UnitOfficer, null),
        ("province officer", UserRole.ProvinceOfficer, null),
        ("administrator", UserRole.SystemAdmin, null),
        ("nobody", null, null),
    ];

    /// <summary>Every (step, person, state) the workflow allows; every other combination is refused.</summary>
    private static readonly HashSet<(FeedbackStep, string, FeedbackStatus)> Allowed =
    [
        (FeedbackStep.Assign, "coordinator", FeedbackStatus.Received),
        (FeedbackStep.Assign, "coordinator", FeedbackStatus.Assigned),
        (FeedbackStep.Answer, "coordinator", FeedbackStatus.Assigned),
        (FeedbackStep.Answer, "officer of the assigned unit", FeedbackStatus.Assigned),
        .. Managers(FeedbackStep.Return, FeedbackStatus.Answered),
        .. Managers(FeedbackStep.Approve, FeedbackStatus.Answered),
        .. Managers(FeedbackStep.Publish, FeedbackStatus.Approved),
        .. Managers(FeedbackStep.Unpublish, FeedbackStatus.Published),
        .. Managers(FeedbackStep.Reject, FeedbackStatus.Received, FeedbackStatus.Assigned),
        .. Managers(FeedbackStep.Recategorise, FeedbackStatus.Received, FeedbackStatus.Assigned, FeedbackStatus.Answered, FeedbackStatus.Approved),
    ];

    private static IEnumerable<(FeedbackStep, string, FeedbackStatus)> Managers(FeedbackStep step, params FeedbackStatus[] states) =>
        states.SelectMany(s => new[] { (step, "coordinator", s), (step, "leader", s) });

    public static TheoryData<FeedbackStep, string, FeedbackStatus> Cases()
    {
        var data = new TheoryData<FeedbackStep, string, FeedbackStatus>();
        foreach (var step in Enum.GetValues<FeedbackStep>())
        {
            foreach (var person in People)
            {
                foreach (var status in Enum.GetValues<FeedbackStatus>())
                {
                    data.Add(step, person.Who, status);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Who_may_take_each_step_in_each_state(FeedbackStep step, string who, FeedbackStatus status)
    {
        var person = People.Single(p => p.Who == who);
        var feedback = new Feedback { Status = status, AssignedUnitId = status == FeedbackStatus.Received ? null : AssignedUnit };

        Assert.Equal(Allowed.Contains((step, who, status)), FeedbackWorkflow.May(step, person.Role, person.Unit, feedback));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_person_who_may_take_a_step_in_some_state_is_told_it_moved_on_not_denied(FeedbackStep step, string who, FeedbackStatus status)
    {
        var person = People.Single(p => p.Who == who);
        if (FeedbackWorkflow.May(step, person.Role, person.Unit, new Feedback { Status = status, AssignedUnitId = AssignedUnit }))
        {
            Assert.True(FeedbackWorkflow.MayEver(step, person.Role));
        }
    }

    [Theory]
    [InlineData(FeedbackStep.Assign, UserRole.Coordinator, true)]
    [InlineData(FeedbackStep.Assign, UserRole.Leader, false)]
    [InlineData(FeedbackStep.Answer, UserRole.UnitOfficer, true)]
    [InlineData(FeedbackStep.Answer, UserRole.Leader, false)]
    [InlineData(FeedbackStep.Approve, UserRole.Leader, true)]
    [InlineData(FeedbackStep.Approve, UserRole.UnitOfficer, false)]
    [InlineData(FeedbackStep.Publish, UserRole.ProvinceOfficer, false)]
    public void Whether_a_role_could_ever_take_a_step(FeedbackStep step, UserRole role, bool ever)
    {
        Assert.Equal(ever, FeedbackWorkflow.MayEver(step, role));
    }

    [Fact]
    public void The_audit_names_of_the_steps_stay_as_they_were()
    {
        Assert.Equal(
            ["feedback-assign", "feedback-answer", "feedback-return", "feedback-approve", "feedback-publish", "feedback-unpublish", "feedback-reject",
                "feedback-category"],
            Enum.GetValues<FeedbackStep>().Select(s => s.Action()));
    }

    [Fact]
    public void Assigning_needs_a_unit_and_records_who_gave_it_when()
    {
        var f = new Feedback { Status = FeedbackStatus.Received };

        Assert.Equal([new FeedbackRefusal("UnitId", "Hãy chọn một đơn vị của xã, phường để giao xử lý.")], FeedbackWorkflow.Assign(f, null, "coord", Now));
        Assert.Equal(FeedbackStatus.Received, f.Status);

        Assert.Empty(FeedbackWorkflow.Assign(f, AssignedUnit, "coord", Now));
        Assert.Equal((FeedbackStatus.Assigned, AssignedUnit, Now, "coord"), (f.Status, f.AssignedUnitId, f.AssignedAt, f.AssignedById));
    }

    [Fact]
    public void Recategorising_needs_another_field_of_the_list()
    {
        var f = new Feedback { Status = FeedbackStatus.Received, Category = FeedbackCategory.Other };

        Assert.Equal("Category", Assert.Single(FeedbackWorkflow.Recategorise(f, null)).Field);
        Assert.Equal("Category", Assert.Single(FeedbackWorkflow.Recategorise(f, (FeedbackCategory)42)).Field);
        Assert.Contains("đã thuộc lĩnh vực", Assert.Single(FeedbackWorkflow.Recategorise(f, FeedbackCategory.Other)).Message, StringComparison.Ordinal);
        Assert.Equal(FeedbackCategory.Other, f.Category);

        Assert.Empty(FeedbackWorkflow.Recategorise(f, FeedbackCategory.OnlineService));
        Assert.Equal(FeedbackCategory.OnlineService, f.Category);
    }

    [Fact]
    public void Answering_needs_an_answer_of_at_most_8000_characters_and_clears_the_return_comment()
    {
        var f = new Feedback { Status = FeedbackStatus.Assigned, AssignedUnitId = AssignedUnit, ReturnComment = "Thiếu căn cứ" };

        Assert.Equal("Hãy viết nội dung trả lời.", Assert.Single(FeedbackWorkflow.Answer(f, "  ", "officer", Now)).Message);
        Assert.Equal("Nội dung trả lời dài quá 8.000 ký tự.", Assert.Single(FeedbackWorkflow.Answer(f, new string('a', 8001), "officer", Now)).Message);
        Assert.Equal(FeedbackStatus.Assigned, f.Status);

        Assert.Empty(FeedbackWorkflow.Answer(f, $" {new string('a', 8000)} ", "officer", Now));
        Assert.Equal((FeedbackStatus.Answered, 8000, Now, "officer", null), (f.Status, f.Answer!.Length, f.AnsweredAt, f.AnsweredById, f.ReturnComment));
    }

    [Fact]
    public void Returning_needs_a_reason_of_at_most_1000_characters()
    {
        var f = new Feedback { Status = FeedbackStatus.Answered };

        Assert.Equal("ReturnComment", Assert.Single(FeedbackWorkflow.Return(f, "")).Field);
        Assert.Equal("ReturnComment", Assert.Single(FeedbackWorkflow.Return(f, new string('x', 1001))).Field);
        Assert.Equal(FeedbackStatus.Answered, f.Status);

        Assert.Empty(FeedbackWorkflow.Return(f, " Bổ sung căn cứ pháp lý "));
        Assert.Equal((FeedbackStatus.Assigned, "Bổ sung căn cứ pháp lý"), (f.Status, f.ReturnComment));
    }

    [Fact]
    public void Approving_records_who_and_when()
    {
        var f = new Feedback { Status = FeedbackStatus.Answered };

        Assert.Empty(FeedbackWorkflow.Approve(f, "leader", Now));

        Assert.Equal((FeedbackStatus.Approved, Now, "leader"), (f.Status, f.ApprovedAt, f.ApprovedById));
    }

    [Fact]
    public void Publishing_needs_a_public_subject_and_question_without_the_senders_details()
    {
        var f = new Feedback { Status = FeedbackStatus.Approved, Name = "Nguyễn Văn An", Phone = "0912 345 678", Email = "an@example.vn" };

        var refusals = FeedbackWorkflow.Publish(f, " ", "Ông Nguyễn Văn An, số 0912345678, hỏi về thủ tục.", Now);

        Assert.Equal(
            [
                new FeedbackRefusal("PublicSubject", "Hãy ghi tiêu đề công khai (tối đa 200 ký tự)."),
                new FeedbackRefusal("PublicQuestion", "Bản công khai còn chứa họ tên của người gửi. Hãy xóa trước khi công khai."),
                new FeedbackRefusal("PublicQuestion", "Bản công khai còn chứa số điện thoại của người gửi. Hãy xóa trước khi công khai."),
            ],
            refusals);
        Assert.Equal("PublicQuestion", Assert.Single(FeedbackWorkflow.Publish(f, "Thủ tục", new string('x', 5001), Now)).Field);
        Assert.Equal((FeedbackStatus.Approved, null), (f.Status, f.PublishedAt));

        Assert.Empty(FeedbackWorkflow.Publish(f, " Thủ tục cấp đổi giấy tờ ", " Một công dân hỏi về thủ tục. ", Now));
        Assert.Equal(
            (FeedbackStatus.Published, "Thủ tục cấp đổi giấy tờ", "Một công dân hỏi về thủ tục.", Now, Now),
            (f.Status, f.PublicSubject, f.PublicQuestion, f.PublishedAt, f.ClosedAt));
    }

    [Fact]
    public void Unpublishing_takes_it_back_to_approved_and_open()
    {
        var f = new Feedback { Status = FeedbackStatus.Published, PublishedAt = Now, ClosedAt = Now, PublicSubject = "Thủ tục" };

        Assert.Empty(FeedbackWorkflow.Unpublish(f));

        Assert.Equal((FeedbackStatus.Approved, null, null, "Thủ tục"), (f.Status, f.PublishedAt, f.ClosedAt, f.PublicSubject));
    }

    [Fact]
    public void Rejecting_needs_a_kind_and_a_short_explanation_and_closes_it()
    {
        var f = new Feedback { Status = FeedbackStatus.Assigned };

        Assert.Equal("RejectionKind", Assert.Single(FeedbackWorkflow.Reject(f, null, null, Now)).Field);
        Assert.Equal("RejectionKind", Assert.Single(FeedbackWorkflow.Reject(f, (RejectionKind)9, null, Now)).Field);
        Assert.Equal("RejectionReason", Assert.Single(FeedbackWorkflow.Reject(f, RejectionKind.Complaint, new string('x', 1001), Now)).Field);
        Assert.Equal((FeedbackStatus.Assigned, null), (f.Status, f.ClosedAt));

        Assert.Empty(FeedbackWorkflow.Reject(f, RejectionKind.Denunciation, "  ", Now));
        Assert.Equal((FeedbackStatus.Rejected, RejectionKind.Denunciation, null, Now), (f.Status, f.RejectionKind, f.RejectionReason, f.ClosedAt));
    }

    [Theory]
    [InlineData("Nguyen van an hoi ve thu tuc", "họ tên")]
    [InlineData("Gọi lại số 912345678 giúp tôi", "số điện thoại")]
    [InlineData("Gửi về AN@example.vn", "thư điện tử")]
    [InlineData("Nhà ở 12 đường Lê Lợi, khu phố 3 bị ngập", "địa chỉ")]
    public void Personal_details_left_in_a_public_text_are_found(string text, string found)
    {
        var f = new Feedback { Name = "Nguyễn Văn An", Phone = "+84 912 345 678", Email = "an@example.vn", Address = "12 đường Lê Lợi, khu phố 3" };

        Assert.Equal([found], PersonalDetails.Find(f, text));
    }

    [Fact]
    public void A_short_name_or_address_is_not_taken_for_the_sender()
    {
        var f = new Feedback { Name = "An", Address = "Số 1" };

        Assert.Empty(PersonalDetails.Find(f, "An toàn giao thông ở số 1"));
    }
}
