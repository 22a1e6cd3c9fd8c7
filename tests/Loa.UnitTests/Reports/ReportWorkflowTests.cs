using Loa.Domain.Accounts;
using Loa.Reports;

namespace Loa.UnitTests.Reports;

/// <summary>The steps of a period's reports: who may take each, in which state, and what each sets.</summary>
public sealed class ReportWorkflowTests
{
    private static readonly DateTime Now = new(2026, 6, 16, 3, 0, 0, DateTimeKind.Utc);

    private static readonly ReportText Written = ReportText.Of("  Đã tổ chức 3 hội nghị. ", "", " Thiếu kinh phí ", null);

    /// <summary>Every step the commune report allows, by role and state, as the page did; every other combination is refused.</summary>
    private static readonly HashSet<(CommuneReportStep, UserRole, CommuneReportStatus)> CommuneAllowed =
    [
        (CommuneReportStep.Save, UserRole.Coordinator, CommuneReportStatus.Draft),
        (CommuneReportStep.Submit, UserRole.Coordinator, CommuneReportStatus.Draft),
        (CommuneReportStep.Return, UserRole.Leader, CommuneReportStatus.Submitted),
        (CommuneReportStep.Return, UserRole.Leader, CommuneReportStatus.Approved),
        (CommuneReportStep.Approve, UserRole.Leader, CommuneReportStatus.Submitted),
        (CommuneReportStep.Send, UserRole.Leader, CommuneReportStatus.Approved),
        (CommuneReportStep.Send, UserRole.Coordinator, CommuneReportStatus.Approved),
    ];

    public static TheoryData<CommuneReportStep, UserRole, CommuneReportStatus, bool> CommuneCases()
    {
        var data = new TheoryData<CommuneReportStep, UserRole, CommuneReportStatus, bool>();
        foreach (var step in Enum.GetValues<CommuneReportStep>())
        {
            foreach (var role in Enum.GetValues<UserRole>())
            {
                foreach (var status in Enum.GetValues<CommuneReportStatus>())
                {
                    data.Add(step, role, status, CommuneAllowed.Contains((step, role, status)));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommuneCases))]
    public void Who_may_take_each_step_of_the_commune_report_in_each_state(CommuneReportStep step, UserRole role, CommuneReportStatus status, bool allowed)
    {
        Assert.Equal(allowed, ReportWorkflow.May(step, role, new CommuneReport { Status = status }));
    }

    [Theory]
    [InlineData(CommuneReportStep.Save)]
    [InlineData(CommuneReportStep.Submit)]
    [InlineData(CommuneReportStep.Return)]
    [InlineData(CommuneReportStep.Approve)]
    [InlineData(CommuneReportStep.Send)]
    public void Nobody_signed_in_takes_any_step(CommuneReportStep step)
    {
        foreach (var status in Enum.GetValues<CommuneReportStatus>())
        {
            Assert.False(ReportWorkflow.May(step, null, new CommuneReport { Status = status }));
        }
    }

    [Fact]
    public void The_audit_names_of_the_steps_stay_as_they_were()
    {
        Assert.Equal(["save", "submit", "return", "approve", "send"], Enum.GetValues<CommuneReportStep>().Select(s => s.Action()));
        Assert.Equal(["save", "submit", "return"], Enum.GetValues<UnitReportStep>().Select(s => s.Action()));
    }

    [Fact]
    public void Saving_keeps_the_narrative_trimmed_and_the_report_a_draft()
    {
        var report = new CommuneReport();

        Assert.Null(ReportWorkflow.Save(report, Written));

        Assert.Equal(("Đã tổ chức 3 hội nghị.", null, "Thiếu kinh phí", null), (report.Results, report.Shortcomings, report.Causes, report.Proposals));
        Assert.Equal(CommuneReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Submitting_needs_the_results_written_and_otherwise_changes_no_status()
    {
        var report = new CommuneReport { ReturnComment = "Bổ sung số liệu" };

        Assert.Equal("Hãy viết phần kết quả đạt được trước khi trình lãnh đạo.", ReportWorkflow.Submit(report, ReportText.Of(" ", "x", null, null), Now));
        Assert.Equal(CommuneReportStatus.Draft, report.Status);
        Assert.Null(report.SubmittedAt);

        Assert.Null(ReportWorkflow.Submit(report, Written, Now));
        Assert.Equal((CommuneReportStatus.Submitted, Now, null), (report.Status, report.SubmittedAt, report.ReturnComment));
    }

    [Fact]
    public void Returning_needs_a_reason_and_undoes_the_approval()
    {
        var report = new CommuneReport
        {
            Status = CommuneReportStatus.Approved,
            Snapshot = "{}",
            Number = "12/BC-UBND",
            IssuedOn = new DateOnly(2026, 6, 18),
            ApprovedAt = Now,
            ApprovedById = "leader",
        };

        Assert.Equal("Hãy ghi lý do trả lại.", ReportWorkflow.Return(report, "  "));
        Assert.Equal(CommuneReportStatus.Approved, report.Status);

        Assert.Null(ReportWorkflow.Return(report, " Thiếu phần đề xuất "));
        Assert.Equal((CommuneReportStatus.Draft, "Thiếu phần đề xuất"), (report.Status, report.ReturnComment));
        Assert.Equal((null, null, null, null, null), (report.Snapshot, report.Number, report.IssuedOn, report.ApprovedAt, report.ApprovedById));
    }

    [Theory]
    [InlineData("12", "2026-06-18", null, "12/BC-UBND")]
    [InlineData("7/BC-UBND", "2027-01-05", null, "07/BC-UBND")]
    [InlineData("", "2026-06-18", "Số báo cáo không hợp lệ. Nhập số (ví dụ 12) hoặc số và ký hiệu (ví dụ 12/BC-UBND).", null)]
    [InlineData("abc", "2026-06-18", "Số báo cáo không hợp lệ. Nhập số (ví dụ 12) hoặc số và ký hiệu (ví dụ 12/BC-UBND).", null)]
    [InlineData("12", null, "Hãy nhập ngày ký báo cáo (trong năm kế hoạch hoặc năm sau).", null)]
    [InlineData("12", "2025-12-31", "Hãy nhập ngày ký báo cáo (trong năm kế hoạch hoặc năm sau).", null)]
    [InlineData("12", "2028-01-01", "Hãy nhập ngày ký báo cáo (trong năm kế hoạch hoặc năm sau).", null)]
    public void Approving_numbers_and_dates_the_report_of_the_plan_year(string number, string? date, string? refusal, string? numbered)
    {
        var report = new CommuneReport { Status = CommuneReportStatus.Submitted };
        var signed = date is null ? (DateOnly?)null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(refusal, ReportWorkflow.Approve(report, number, signed, 2026, "leader", Now));

        if (refusal is null)
        {
            Assert.Equal((CommuneReportStatus.Approved, numbered, signed, Now, "leader"), (report.Status, report.Number, report.IssuedOn, report.ApprovedAt,
                report.ApprovedById));
        }
        else
        {
            Assert.Equal((CommuneReportStatus.Submitted, null, null), (report.Status, report.Number, report.IssuedOn));
        }
    }

    [Fact]
    public void Sending_marks_the_report_sent_now()
    {
        var report = new CommuneReport { Status = CommuneReportStatus.Approved };

        Assert.Null(ReportWorkflow.Send(report, Now));

        Assert.Equal((CommuneReportStatus.Sent, Now), (report.Status, report.SentAt));
    }

    public static TheoryData<string, UserRole?, int?, bool> UnitWriters() => new()
    {
        { "the coordinator", UserRole.Coordinator, null, true },
        { "an officer of the unit", UserRole.UnitOfficer, 5, true },
        { "an officer of another unit", UserRole.UnitOfficer, 6, false },
        { "an officer bound to no unit", UserRole.UnitOfficer, null, false },
        { "the leader", UserRole.Leader, null, false },
        { "the province officer", UserRole.ProvinceOfficer, null, false },
        { "the administrator", UserRole.SystemAdmin, null, false },
        { "nobody signed in", null, null, false },
    };

    [Theory]
    [MemberData(nameof(UnitWriters))]
    public void Who_may_save_and_submit_a_units_part(string who, UserRole? role, int? userUnit, bool allowed)
    {
        Assert.True(allowed == ReportWorkflow.May(UnitReportStep.Save, role, userUnit, 5, null), who);
        Assert.True(allowed == ReportWorkflow.May(UnitReportStep.Submit, role, userUnit, 5, new UnitReport { Status = UnitReportStatus.Returned }), who);
    }

    [Theory]
    [InlineData(UserRole.Coordinator, UnitReportStatus.Submitted, true)]
    [InlineData(UserRole.Coordinator, UnitReportStatus.Draft, false)]
    [InlineData(UserRole.Coordinator, UnitReportStatus.Returned, false)]
    [InlineData(UserRole.UnitOfficer, UnitReportStatus.Submitted, false)]
    [InlineData(UserRole.Leader, UnitReportStatus.Submitted, false)]
    [InlineData(UserRole.ProvinceOfficer, UnitReportStatus.Submitted, false)]
    public void Only_the_coordinator_returns_a_sent_part(UserRole role, UnitReportStatus status, bool allowed)
    {
        Assert.Equal(allowed, ReportWorkflow.May(UnitReportStep.Return, role, 5, 5, new UnitReport { UnitId = 5, Status = status }));
    }

    [Fact]
    public void The_coordinator_returns_nothing_before_the_unit_has_begun()
    {
        Assert.False(ReportWorkflow.May(UnitReportStep.Return, UserRole.Coordinator, null, 5, null));
    }

    [Fact]
    public void A_sent_part_is_not_written_again_until_returned_and_is_sent_only_with_results()
    {
        Assert.Equal("Báo cáo đã gửi. Cán bộ đầu mối có thể trả lại nếu cần sửa.",
            ReportWorkflow.WriteRefusal(new UnitReport { Status = UnitReportStatus.Submitted }));
        Assert.Null(ReportWorkflow.WriteRefusal(new UnitReport { Status = UnitReportStatus.Returned }));
        Assert.Null(ReportWorkflow.WriteRefusal(null));
        Assert.Equal("Hãy viết phần kết quả đạt được trước khi gửi.", ReportWorkflow.SubmitRefusal(ReportText.Of("  ", "x", "y", "z")));
        Assert.Null(ReportWorkflow.SubmitRefusal(Written));
    }

    [Fact]
    public void Saving_a_returned_part_makes_it_a_draft_again_and_submitting_freezes_it()
    {
        var report = new UnitReport { Status = UnitReportStatus.Returned, ReturnComment = "Thiếu ảnh" };

        ReportWorkflow.Save(report, Written, Now);
        Assert.Equal((UnitReportStatus.Draft, "Đã tổ chức 3 hội nghị.", Now, "Thiếu ảnh"), (report.Status, report.Results, report.UpdatedAt,
            report.ReturnComment));

        ReportWorkflow.Submit(report, "{\"figures\":1}", "officer", Now);
        Assert.Equal((UnitReportStatus.Submitted, "{\"figures\":1}", Now, "officer", null), (report.Status, report.Snapshot, report.SubmittedAt,
            report.SubmittedById, report.ReturnComment));
    }

    [Fact]
    public void Returning_a_part_needs_a_reason_and_unfreezes_its_figures()
    {
        var report = new UnitReport { Status = UnitReportStatus.Submitted, Snapshot = "{}" };

        Assert.Equal("Hãy ghi lý do trả lại để đơn vị biết cần bổ sung gì.", ReportWorkflow.Return(report, "", Now));
        Assert.Equal((UnitReportStatus.Submitted, "{}"), (report.Status, report.Snapshot));

        Assert.Null(ReportWorkflow.Return(report, " Thiếu ảnh ", Now));
        Assert.Equal((UnitReportStatus.Returned, "Thiếu ảnh", null, Now), (report.Status, report.ReturnComment, report.Snapshot, report.UpdatedAt));
    }

    [Theory]
    [InlineData(UserRole.UnitOfficer, true, false)]
    [InlineData(UserRole.Coordinator, true, true)]
    [InlineData(UserRole.Leader, false, true)]
    [InlineData(UserRole.ProvinceOfficer, false, false)]
    public void The_list_of_periods_links_each_role_to_the_reports_it_works_on(UserRole role, bool unitReports, bool communeReport)
    {
        Assert.Equal(unitReports, ReportWorkflow.WritesUnitReports(role));
        Assert.Equal(communeReport, ReportWorkflow.WorksOnCommuneReport(role));
    }
}
