using Loa.Dialogues;
using Loa.Feedbacks;

namespace Loa.UnitTests.Dialogues;

/// <summary>The checks of the schedule form and of a citizen's question, and a question sent on as feedback.</summary>
public sealed class DialogueInputTests
{
    private static readonly DateTime Now = new(2026, 7, 1, 3, 0, 0, DateTimeKind.Utc);

    private static DialogueSchedule Schedule() => new()
    {
        Kind = DialogueKind.Dialogue,
        Subject = "Thủ tục đất đai",
        Date = new DateOnly(2026, 7, 10),
        Time = new TimeOnly(8, 0),
        Place = "Hội trường",
        ChairId = "leader",
        TaskId = 5,
    };

    [Fact]
    public void A_complete_schedule_passes_and_starts_at_8_in_Vietnam_that_is_1_UTC()
    {
        var schedule = Schedule();
        Assert.Empty(schedule.Problems(["leader"], [5], Now));
        Assert.Equal(new DateTime(2026, 7, 10, 1, 0, 0, DateTimeKind.Utc), schedule.StartsAtUtc());
    }

    [Theory]
    [InlineData("Subject", "Hãy ghi chủ đề.")]
    [InlineData("Date", "Hãy chọn ngày tổ chức.")]
    [InlineData("Past", "Thời gian tổ chức đã qua")]
    [InlineData("Place", "Hãy ghi địa điểm hoặc đường dẫn")]
    [InlineData("OnlineLink", "phải là một địa chỉ https://")]
    [InlineData("ChairId", "Hãy chọn lãnh đạo chủ trì")]
    [InlineData("TaskId", "Hãy chọn nhiệm vụ")]
    public void A_schedule_missing_a_part_is_refused_with_its_field_and_message(string change, string message)
    {
        var schedule = Schedule();
        switch (change)
        {
            case "Subject": schedule.Subject = " "; break;
            case "Date": schedule.Date = null; break;
            case "Past": schedule.Date = new DateOnly(2026, 6, 30); break;
            case "Place": schedule.Place = null; break;
            case "OnlineLink": schedule.OnlineLink = "javascript:alert(1)"; break;
            case "ChairId": schedule.ChairId = "someone-else"; break;
            default: schedule.TaskId = 6; break;
        }

        var problems = schedule.Problems(["leader"], [5], Now);
        Assert.Contains(problems, p => p.Message.Contains(message, StringComparison.Ordinal) && p.Field == (change == "Past" ? "Date" : change));
    }

    private static QuestionInput Question() => new()
    {
        AskerKind = AskerKind.Citizen,
        Content = "Xin hỏi thời hạn cấp giấy chứng nhận?",
        Name = "Nguyễn Văn An",
        Address = "Khu phố 3",
        Phone = "0912 345 678",
        Consent = true,
    };

    [Fact]
    public void A_question_needs_the_feedback_fields_and_an_unticked_consent_ticked()
    {
        Assert.Empty(Question().Problems());
        var cases = new (Action<QuestionInput> Change, string Field)[]
        {
            (q => q.Content = "", "Input.Content"),
            (q => q.Content = new string('a', DialogueQuestion.ContentMax + 1), "Input.Content"),
            (q => q.Name = null, "Input.Name"),
            (q => q.Address = " ", "Input.Address"),
            (q => q.Phone = "gọi tôi", "Input.Phone"),
            (q => q.Email = "an@", "Input.Email"),
            (q => q.Consent = false, "Input.Consent"),
            (q => (q.AskerKind, q.Organisation) = (AskerKind.Business, null), "Input.Organisation"),
        };
        foreach (var (change, field) in cases)
        {
            var question = Question();
            change(question);
            Assert.Contains(question.Problems(), p => p.Field == field);
        }
    }

    [Fact]
    public void A_question_sent_on_as_feedback_moves_the_askers_details_there_with_a_tracking_code()
    {
        var dialogue = new Dialogue { Id = 3, ProvinceId = 1, CommuneId = 2, Kind = DialogueKind.Dialogue, Subject = "Đất đai" };
        var question = Question().ToQuestion(dialogue, Now);
        question.Organisation = "Công ty TNHH An Phát";
        Assert.Null(QuestionFollowUp.Refusal(question));

        var (feedback, code) = QuestionFollowUp.Create(dialogue, question, new DateOnly(2026, 7, 1), 10, Now);

        Assert.Equal(TrackingCode.Hash(code), feedback.TrackingHash);
        Assert.Equal(("Nguyễn Văn An (Công ty TNHH An Phát)", "Khu phố 3", "0912 345 678", Now), (feedback.Name, feedback.Address, feedback.Phone, feedback.ConsentAt));
        Assert.Equal((FeedbackStatus.Received, new DateOnly(2026, 7, 15), 2), (feedback.Status, feedback.DueOn, feedback.CommuneId));
        Assert.Equal(question.Content, feedback.Content);
        Assert.Same(feedback, question.Feedback);
        Assert.Equal((null, null, null, null, null), (question.Name, question.Organisation, question.Address, question.Phone, question.Email));
        question.FeedbackId = 9;
        Assert.NotNull(QuestionFollowUp.Refusal(question));
    }
}
