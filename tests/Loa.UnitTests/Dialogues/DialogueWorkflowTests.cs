using Loa.Dialogues;
using Loa.Domain.Accounts;

namespace Loa.UnitTests.Dialogues;

/// <summary>The life of a dialogue: which role may take which step in which state, and what each step sets or refuses.</summary>
public sealed class DialogueWorkflowTests
{
    private static readonly DateTime StartsAt = new(2026, 7, 10, 1, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Before = StartsAt.AddDays(-2);
    private static readonly DateTime After = StartsAt.AddHours(3);

    private static Dialogue In(DialogueStatus status, bool minutes = false) => new()
    {
        Status = status,
        StartsAt = StartsAt,
        Subject = "Thủ tục đất đai",
        Attendance = minutes ? 80 : null,
        Conclusion = minutes ? "Kết luận" : null,
    };

    public static TheoryData<DialogueStep, DialogueStatus, UserRole, bool, bool> Cases => new()
    {
        // step, state, role, after the start?, allowed
        { DialogueStep.Announce, DialogueStatus.Scheduled, UserRole.Coordinator, false, true },
        { DialogueStep.Announce, DialogueStatus.Scheduled, UserRole.Leader, false, false },
        { DialogueStep.Announce, DialogueStatus.Scheduled, UserRole.UnitOfficer, false, false },
        { DialogueStep.Announce, DialogueStatus.Announced, UserRole.Coordinator, false, false },
        { DialogueStep.Edit, DialogueStatus.Announced, UserRole.Coordinator, false, true },
        { DialogueStep.Edit, DialogueStatus.Held, UserRole.Coordinator, true, false },
        { DialogueStep.Cancel, DialogueStatus.Announced, UserRole.Leader, false, true },
        { DialogueStep.Cancel, DialogueStatus.Announced, UserRole.UnitOfficer, false, false },
        { DialogueStep.Cancel, DialogueStatus.Held, UserRole.Coordinator, true, false },
        { DialogueStep.MarkHeld, DialogueStatus.Announced, UserRole.Coordinator, false, false },
        { DialogueStep.MarkHeld, DialogueStatus.Announced, UserRole.Coordinator, true, true },
        { DialogueStep.MarkHeld, DialogueStatus.Cancelled, UserRole.Coordinator, true, false },
        { DialogueStep.Questions, DialogueStatus.Announced, UserRole.Coordinator, false, true },
        { DialogueStep.Questions, DialogueStatus.Held, UserRole.Coordinator, true, true },
        { DialogueStep.Questions, DialogueStatus.Held, UserRole.UnitOfficer, true, false },
        { DialogueStep.Questions, DialogueStatus.Published, UserRole.Coordinator, true, false },
        { DialogueStep.FollowUp, DialogueStatus.Published, UserRole.Coordinator, true, true },
        { DialogueStep.FollowUp, DialogueStatus.Scheduled, UserRole.Coordinator, false, false },
        { DialogueStep.FollowUp, DialogueStatus.Published, UserRole.Leader, true, false },
        { DialogueStep.RecordMinutes, DialogueStatus.Held, UserRole.Coordinator, true, true },
        { DialogueStep.RecordMinutes, DialogueStatus.Held, UserRole.Leader, true, false },
        { DialogueStep.RecordMinutes, DialogueStatus.MinutesApproved, UserRole.Coordinator, true, false },
        { DialogueStep.Publish, DialogueStatus.MinutesApproved, UserRole.Coordinator, true, true },
        { DialogueStep.Publish, DialogueStatus.MinutesApproved, UserRole.Leader, true, true },
        { DialogueStep.Publish, DialogueStatus.Held, UserRole.Leader, true, false },
        { DialogueStep.Reopen, DialogueStatus.Published, UserRole.Leader, true, true },
        { DialogueStep.Reopen, DialogueStatus.Published, UserRole.Coordinator, true, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Who_may_take_which_step_in_which_state(DialogueStep step, DialogueStatus status, UserRole role, bool afterStart, bool allowed) =>
        Assert.Equal(allowed, DialogueWorkflow.May(step, role, In(status, minutes: true), afterStart ? After : Before));

    [Fact]
    public void Only_the_leader_approves_and_only_complete_minutes()
    {
        Assert.False(DialogueWorkflow.May(DialogueStep.Approve, UserRole.Leader, In(DialogueStatus.Held), After));
        Assert.Contains("chưa đủ", DialogueWorkflow.Apply(DialogueStep.Approve, In(DialogueStatus.Held), UserRole.Leader, "l", After), StringComparison.Ordinal);
        Assert.False(DialogueWorkflow.May(DialogueStep.Approve, UserRole.Coordinator, In(DialogueStatus.Held, minutes: true), After));

        var dialogue = In(DialogueStatus.Held, minutes: true);
        Assert.Null(DialogueWorkflow.Apply(DialogueStep.Approve, dialogue, UserRole.Leader, "leader-1", After));
        Assert.Equal((DialogueStatus.MinutesApproved, "leader-1", After), (dialogue.Status, dialogue.MinutesApprovedById, dialogue.MinutesApprovedAt));
    }

    [Fact]
    public void Marking_held_before_its_time_is_refused_with_the_reason()
    {
        var dialogue = In(DialogueStatus.Announced);
        Assert.Equal("Chưa đến giờ tổ chức nên chưa ghi nhận đã tổ chức được.", DialogueWorkflow.Apply(DialogueStep.MarkHeld, dialogue, UserRole.Coordinator, "c", Before));
        Assert.Equal(DialogueStatus.Announced, dialogue.Status);
        Assert.Null(DialogueWorkflow.Apply(DialogueStep.MarkHeld, dialogue, UserRole.Coordinator, "c", After));
        Assert.Equal((DialogueStatus.Held, After), (dialogue.Status, dialogue.HeldAt));
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_changes_nothing_without_one()
    {
        var dialogue = In(DialogueStatus.Announced);
        Assert.Equal("Hãy ghi lý do hủy để thông báo cho người dân.", DialogueWorkflow.Apply(DialogueStep.Cancel, dialogue, UserRole.Coordinator, "c", Before, "  "));
        Assert.Equal(DialogueStatus.Announced, dialogue.Status);
        Assert.Null(DialogueWorkflow.Apply(DialogueStep.Cancel, dialogue, UserRole.Coordinator, "c", Before, " Mưa bão "));
        Assert.Equal((DialogueStatus.Cancelled, "Mưa bão", Before), (dialogue.Status, dialogue.CancelReason, dialogue.CancelledAt));
    }

    [Fact]
    public void Reopening_takes_the_minutes_off_the_portal_and_back_to_held()
    {
        var dialogue = In(DialogueStatus.Published, minutes: true);
        (dialogue.PublishedAt, dialogue.MinutesApprovedAt, dialogue.MinutesApprovedById) = (After, After, "leader-1");
        Assert.Null(DialogueWorkflow.Apply(DialogueStep.Reopen, dialogue, UserRole.Leader, "leader-1", After));
        Assert.Equal(
            (DialogueStatus.Held, null, null, null),
            (dialogue.Status, dialogue.PublishedAt, dialogue.MinutesApprovedAt, dialogue.MinutesApprovedById));
    }

    [Theory]
    [InlineData(null, null, null, "Hãy ghi tổng số người tham dự")]
    [InlineData(0, null, null, "Hãy ghi tổng số người tham dự")]
    [InlineData(50, -1, null, "không được âm")]
    [InlineData(50, 40, 11, "không được lớn hơn tổng số")]
    public void Minutes_with_impossible_attendance_are_refused_and_change_nothing(int? total, int? citizens, int? businesses, string message)
    {
        var dialogue = In(DialogueStatus.Held);
        var refusal = DialogueWorkflow.RecordMinutes(dialogue, UserRole.Coordinator, "c", After, total, citizens, businesses, "Kết luận");
        Assert.Contains(message, refusal, StringComparison.Ordinal);
        Assert.Equal((null, null, null), (dialogue.Attendance, dialogue.Conclusion, dialogue.MinutesRecordedAt));
    }

    [Fact]
    public void Minutes_are_recorded_by_the_coordinator_only_once_held()
    {
        var dialogue = In(DialogueStatus.Held);
        Assert.NotNull(DialogueWorkflow.RecordMinutes(dialogue, UserRole.Leader, "l", After, 50, 40, 10, "Kết luận"));
        Assert.NotNull(DialogueWorkflow.RecordMinutes(In(DialogueStatus.Announced), UserRole.Coordinator, "c", After, 50, 40, 10, "Kết luận"));
        Assert.Null(DialogueWorkflow.RecordMinutes(dialogue, UserRole.Coordinator, "coord", After, 50, 40, 10, "  Kết luận  "));
        Assert.Equal(
            (50, 40, 10, "Kết luận", "coord"),
            (dialogue.Attendance, dialogue.CitizenAttendance, dialogue.BusinessAttendance, dialogue.Conclusion, dialogue.MinutesRecordedById));
        Assert.True(dialogue.HasMinutes);
    }

    [Fact]
    public void The_portal_takes_questions_only_while_announced_and_before_the_start()
    {
        Assert.True(In(DialogueStatus.Announced).TakesQuestions(Before));
        Assert.False(In(DialogueStatus.Announced).TakesQuestions(StartsAt));
        Assert.False(In(DialogueStatus.Scheduled).TakesQuestions(Before));
        Assert.False(In(DialogueStatus.Cancelled).TakesQuestions(Before));
    }
}
