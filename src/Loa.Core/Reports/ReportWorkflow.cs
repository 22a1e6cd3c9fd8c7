using Loa.Domain.Accounts;
using Loa.Plans;

namespace Loa.Reports;

/// <summary>The steps of the commune's consolidated report of a period.</summary>
public enum CommuneReportStep
{
    /// <summary>Save the narrative of a draft: the coordinator.</summary>
    Save,

    /// <summary>Submit the draft to the leader (the results written): the coordinator.</summary>
    Submit,

    /// <summary>Send a submitted or approved report back to the coordinator with a comment: the leader.</summary>
    Return,

    /// <summary>Approve and number a submitted report (its figures then frozen): the leader.</summary>
    Approve,

    /// <summary>Send an approved report to the province: the leader or the coordinator.</summary>
    Send,
}

/// <summary>The steps of a unit's part of a period's report.</summary>
public enum UnitReportStep
{
    /// <summary>Save the narrative as a draft (a returned report becomes a draft again): the coordinator, or the unit's officers.</summary>
    Save,

    /// <summary>Send it to the coordinator, its figures frozen: the coordinator, or the unit's officers.</summary>
    Submit,

    /// <summary>Send a submitted part back to the unit with a comment: the coordinator.</summary>
    Return,
}

/// <summary>The written parts of a report as the coordinator or unit typed them, trimmed; an empty part is null.</summary>
public sealed record ReportText(string? Results, string? Shortcomings, string? Causes, string? Proposals)
{
    public static ReportText Of(string? results, string? shortcomings, string? causes, string? proposals) =>
        new(Clean(results), Clean(shortcomings), Clean(causes), Clean(proposals));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>
/// The life of a period's reports. A unit writes its part and sends it (figures frozen); the coordinator returns it
/// with a comment when something is missing. The coordinator writes the commune's report and submits it; the leader
/// returns it or approves and numbers it (figures frozen); the leader or the coordinator sends it to the province.
/// Each step returns a Vietnamese reason when refused (and then changes nothing), null when done.
/// </summary>
public static class ReportWorkflow
{
    /// <summary>Whether a person of <paramref name="role"/> may take <paramref name="step"/> on the commune's report now.</summary>
    public static bool May(CommuneReportStep step, UserRole? role, CommuneReport report) => step switch
    {
        CommuneReportStep.Save or CommuneReportStep.Submit => role == UserRole.Coordinator && report.Status == CommuneReportStatus.Draft,
        CommuneReportStep.Return => role == UserRole.Leader && report.Status is CommuneReportStatus.Submitted or CommuneReportStatus.Approved,
        CommuneReportStep.Approve => role == UserRole.Leader && report.Status == CommuneReportStatus.Submitted,
        CommuneReportStep.Send => role is UserRole.Leader or UserRole.Coordinator && report.Status == CommuneReportStatus.Approved,
        _ => false,
    };

    /// <summary>Who writes a unit's report: the unit's officer and the coordinator (the list of periods links them to it).</summary>
    public static bool WritesUnitReports(UserRole? role) => role is UserRole.UnitOfficer or UserRole.Coordinator;

    /// <summary>Who works on the commune's report: the coordinator writes it, the leader approves it.</summary>
    public static bool WorksOnCommuneReport(UserRole? role) => role is UserRole.Coordinator or UserRole.Leader;

    /// <summary>The step's name in the audit log, the notification keys and the refusal log: "save", "submit", "return", "approve", "send".</summary>
    public static string Action(this CommuneReportStep step) => step.ToString().ToLowerInvariant();

    /// <summary>The step's name in the audit log: "save", "submit", "return".</summary>
    public static string Action(this UnitReportStep step) => step.ToString().ToLowerInvariant();

    public static string? Save(CommuneReport report, ReportText narrative)
    {
        Write(report, narrative);
        return null;
    }

    public static string? Submit(CommuneReport report, ReportText narrative, DateTime now)
    {
        Write(report, narrative);
        if (report.Results is null)
        {
            return "Hãy viết phần kết quả đạt được trước khi trình lãnh đạo.";
        }

        report.Status = CommuneReportStatus.Submitted;
        report.SubmittedAt = now;
        report.ReturnComment = null;
        return null;
    }

    public static string? Return(CommuneReport report, string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return "Hãy ghi lý do trả lại.";
        }

        report.Status = CommuneReportStatus.Draft;
        report.ReturnComment = comment.Trim();
        (report.Snapshot, report.Number, report.IssuedOn, report.ApprovedAt, report.ApprovedById) = (null, null, null, null, null);
        return null;
    }

    /// <summary>Numbers and dates the report ("12" → "12/BC-UBND"; signed in the plan's year or the next). The caller then freezes its figures.</summary>
    public static string? Approve(CommuneReport report, string? number, DateOnly? date, int planYear, string? userId, DateTime now)
    {
        if (PlanWorkflow.NormaliseNumber(number, "BC-UBND") is not { } normalised)
        {
            return "Số báo cáo không hợp lệ. Nhập số (ví dụ 12) hoặc số và ký hiệu (ví dụ 12/BC-UBND).";
        }

        if (date is not { } signedOn || signedOn.Year < planYear || signedOn.Year > planYear + 1)
        {
            return "Hãy nhập ngày ký báo cáo (trong năm kế hoạch hoặc năm sau).";
        }

        report.Number = normalised;
        report.IssuedOn = signedOn;
        report.Status = CommuneReportStatus.Approved;
        report.ApprovedAt = now;
        report.ApprovedById = userId;
        return null;
    }

    public static string? Send(CommuneReport report, DateTime now)
    {
        report.Status = CommuneReportStatus.Sent;
        report.SentAt = now;
        return null;
    }

    /// <summary>Whether a person of <paramref name="role"/> (in unit <paramref name="userUnitId"/>) may take <paramref name="step"/> on the report of unit
    /// <paramref name="unitId"/>.</summary>
    public static bool May(UnitReportStep step, UserRole? role, int? userUnitId, int unitId, UnitReport? report) => step switch
    {
        UnitReportStep.Save or UnitReportStep.Submit => role == UserRole.Coordinator || (role == UserRole.UnitOfficer && userUnitId == unitId),
        UnitReportStep.Return => role == UserRole.Coordinator && report?.Status == UnitReportStatus.Submitted,
        _ => false,
    };

    /// <summary>Null when the unit's part may be written now; otherwise why not (it is sent: only a return reopens it).</summary>
    public static string? WriteRefusal(UnitReport? report) =>
        report?.Status == UnitReportStatus.Submitted ? "Báo cáo đã gửi. Cán bộ đầu mối có thể trả lại nếu cần sửa." : null;

    /// <summary>Null when the narrative may be sent; otherwise why not.</summary>
    public static string? SubmitRefusal(ReportText narrative) =>
        narrative.Results is null ? "Hãy viết phần kết quả đạt được trước khi gửi." : null;

    /// <summary>
    /// Saves the unit's narrative; a returned report becomes a draft again (and a draft is what
    /// <see cref="Submit(UnitReport, string, string?, DateTime)"/> freezes).
    /// </summary>
    public static void Save(UnitReport report, ReportText narrative, DateTime now)
    {
        (report.Results, report.Shortcomings, report.Causes, report.Proposals) = (narrative.Results, narrative.Shortcomings, narrative.Causes,
            narrative.Proposals);
        report.UpdatedAt = now;
        if (report.Status == UnitReportStatus.Returned)
        {
            report.Status = UnitReportStatus.Draft;
        }
    }

    /// <summary>Sends a saved draft with its figures frozen as <paramref name="snapshot"/> (computed from the draft).</summary>
    public static void Submit(UnitReport report, string snapshot, string? userId, DateTime now)
    {
        report.Status = UnitReportStatus.Submitted;
        report.Snapshot = snapshot;
        report.SubmittedAt = now;
        report.SubmittedById = userId;
        report.ReturnComment = null;
    }

    public static string? Return(UnitReport report, string? comment, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return "Hãy ghi lý do trả lại để đơn vị biết cần bổ sung gì.";
        }

        report.Status = UnitReportStatus.Returned;
        report.ReturnComment = comment.Trim();
        report.Snapshot = null;
        report.UpdatedAt = now;
        return null;
    }

    private static void Write(CommuneReport report, ReportText narrative) =>
        (report.Results, report.Shortcomings, report.Causes, report.Proposals) = (narrative.Results, narrative.Shortcomings, narrative.Causes,
            narrative.Proposals);
}
