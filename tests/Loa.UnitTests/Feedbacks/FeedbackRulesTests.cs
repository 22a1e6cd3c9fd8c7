using Loa.Domain.Accounts;
using Loa.Feedbacks;

namespace Loa.UnitTests.Feedbacks;

/// <summary>The tracking code of a feedback, its processing deadline, and who may take which step.</summary>
public sealed class FeedbackRulesTests
{
    [Fact]
    public void A_tracking_code_is_sixteen_symbols_of_the_friendly_alphabet_in_four_groups()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = TrackingCode.New();
            Assert.Matches("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", code);
            Assert.DoesNotContain('I', code);
            Assert.DoesNotContain('L', code);
            Assert.DoesNotContain('O', code);
            Assert.DoesNotContain('U', code);
        }
    }

    [Fact]
    public void A_tracking_code_carries_at_least_80_bits_and_codes_do_not_repeat()
    {
        Assert.Equal(32, TrackingCode.Alphabet.Distinct().Count());
        Assert.True(TrackingCode.Length * Math.Log2(TrackingCode.Alphabet.Length) >= 80);

        var codes = Enumerable.Range(0, 20_000).Select(_ => TrackingCode.New()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());

        // every symbol is used at every position: no position is fixed or biased to a few symbols
        var canonical = codes.Select(TrackingCode.Canonical).OfType<string>().ToList();
        for (var position = 0; position < TrackingCode.Length; position++)
        {
            var used = canonical.Select(c => c[position]).Distinct().Count();
            Assert.Equal(32, used);
        }
    }

    [Theory]
    [InlineData("K7QM-4XRT-9DHW-2BNF")]
    [InlineData("k7qm4xrt9dhw2bnf")]
    [InlineData(" K7QM 4XRT 9DHW 2BNF ")]
    [InlineData("K7QM.4XRT.9DHW.2BNF")]
    public void A_code_is_recognised_however_it_is_typed(string typed) =>
        Assert.Equal(TrackingCode.Hash("K7QM-4XRT-9DHW-2BNF"), TrackingCode.Hash(typed));

    [Fact]
    public void Letters_mistaken_for_digits_are_read_as_the_digits()
    {
        Assert.Equal(TrackingCode.Hash("1000-2000-3000-4100"), TrackingCode.Hash("L0O0-2OOO-3ooo-4I00"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7QM-4XRT-9DHW")]
    [InlineData("K7QM-4XRT-9DHW-2BNF-X")]
    [InlineData("K7QM-4XRT-9DHW-2BNU")]
    [InlineData("K7QM-4XRT-9DHW-2BN'")]
    [InlineData("Đ7QM-4XRT-9DHW-2BNF")]
    public void What_cannot_be_a_code_has_no_hash(string? typed) => Assert.Null(TrackingCode.Hash(typed));

    [Fact]
    public void The_hash_is_not_the_code()
    {
        var code = TrackingCode.New();
        var hash = TrackingCode.Hash(code)!;
        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(TrackingCode.Canonical(code)!, hash.ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-07-01", "2026-07-15")] // Wednesday → ten working days later, two weekends skipped
    [InlineData("2026-07-03", "2026-07-17")] // Friday
    [InlineData("2026-07-04", "2026-07-17")] // Saturday: counting starts on Monday
    [InlineData("2026-07-05", "2026-07-17")] // Sunday
    [InlineData("2026-07-06", "2026-07-20")] // Monday
    public void The_deadline_is_ten_working_days_after_receipt_skipping_weekends(string received, string due) =>
        Assert.Equal(
            DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            FeedbackDeadline.DueOn(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_deadline_never_falls_on_a_weekend()
    {
        for (var day = new DateOnly(2026, 1, 1); day < new DateOnly(2027, 1, 1); day = day.AddDays(1))
        {
            var due = FeedbackDeadline.DueOn(day);
            Assert.True(FeedbackDeadline.IsWorkingDay(due), $"{day} → {due}");
            Assert.Equal(10, FeedbackDeadline.WorkingDaysBetween(day, due));
            Assert.InRange(due.DayNumber - day.DayNumber, 12, 16);
        }
    }

    [Fact]
    public void Open_feedback_is_overdue_the_day_after_its_deadline_and_closed_feedback_never()
    {
        var f = new Feedback { Status = FeedbackStatus.Assigned, DueOn = new DateOnly(2026, 7, 15) };
        Assert.False(f.IsOverdue(new DateOnly(2026, 7, 15)));
        Assert.True(f.IsDueSoon(new DateOnly(2026, 7, 13)));
        Assert.False(f.IsDueSoon(new DateOnly(2026, 7, 8)));
        Assert.True(f.IsOverdue(new DateOnly(2026, 7, 16)));
        f.Status = FeedbackStatus.Approved;
        Assert.False(f.IsOverdue(new DateOnly(2026, 8, 16)));
        f.Status = FeedbackStatus.Rejected;
        Assert.False(f.IsOverdue(new DateOnly(2026, 8, 16)));
    }

    [Fact]
    public void Each_step_belongs_to_its_roles_and_states()
    {
        var f = new Feedback { Status = FeedbackStatus.Received };
        Assert.True(FeedbackWorkflow.May(FeedbackStep.Assign, UserRole.Coordinator, 1, f));
        Assert.False(FeedbackWorkflow.May(FeedbackStep.Assign, UserRole.Leader, null, f));
        Assert.False(FeedbackWorkflow.May(FeedbackStep.Answer, UserRole.Coordinator, 1, f));
        Assert.True(FeedbackWorkflow.May(FeedbackStep.Reject, UserRole.Leader, null, f));

        f.Status = FeedbackStatus.Assigned;
        f.AssignedUnitId = 7;
        Assert.True(FeedbackWorkflow.May(FeedbackStep.Answer, UserRole.UnitOfficer, 7, f));
        Assert.False(FeedbackWorkflow.May(FeedbackStep.Answer, UserRole.UnitOfficer, 8, f));
        Assert.False(FeedbackWorkflow.May(FeedbackStep.Answer, UserRole.Leader, null, f));
        Assert.False(FeedbackWorkflow.MaySee(UserRole.UnitOfficer, 8, f));
        Assert.True(FeedbackWorkflow.MaySee(UserRole.UnitOfficer, 7, f));

        f.Status = FeedbackStatus.Answered;
        Assert.False(FeedbackWorkflow.May(FeedbackStep.Approve, UserRole.UnitOfficer, 7, f));
        Assert.True(FeedbackWorkflow.May(FeedbackStep.Approve, UserRole.Leader, null, f));
        Assert.True(FeedbackWorkflow.May(FeedbackStep.Return, UserRole.Coordinator, 1, f));
        Assert.False(FeedbackWorkflow.May(FeedbackStep.Publish, UserRole.Leader, null, f));

        f.Status = FeedbackStatus.Approved;
        Assert.True(FeedbackWorkflow.May(FeedbackStep.Publish, UserRole.Coordinator, 1, f));
        Assert.False(FeedbackWorkflow.May(FeedbackStep.Reject, UserRole.Coordinator, 1, f));
        Assert.False(FeedbackWorkflow.May(FeedbackStep.Publish, UserRole.ProvinceOfficer, null, f));
    }

    [Theory]
    [InlineData(FeedbackStatus.Received, UserRole.Coordinator, true)]
    [InlineData(FeedbackStatus.Assigned, UserRole.Leader, true)]
    [InlineData(FeedbackStatus.Approved, UserRole.Coordinator, true)]
    [InlineData(FeedbackStatus.Assigned, UserRole.UnitOfficer, false)]
    [InlineData(FeedbackStatus.Received, UserRole.ProvinceOfficer, false)]
    [InlineData(FeedbackStatus.Published, UserRole.Coordinator, false)]
    [InlineData(FeedbackStatus.Rejected, UserRole.Leader, false)]
    public void The_field_a_citizen_chose_is_corrected_by_the_commune_until_the_answer_is_public_or_closed(FeedbackStatus status, UserRole role, bool may)
    {
        var f = new Feedback { Status = status, AssignedUnitId = 7 };

        Assert.Equal(may, FeedbackWorkflow.May(FeedbackStep.Recategorise, role, 7, f));
    }
}
