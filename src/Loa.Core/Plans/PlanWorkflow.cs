using System.Globalization;
using System.Text.RegularExpressions;

namespace Loa.Plans;

/// <summary>
/// The life of a plan: the coordinator edits a draft and submits it; the leader approves it or sends it back;
/// the leader issues an approved plan with its number and date. Each step returns a Vietnamese reason when refused.
/// </summary>
public static partial class PlanWorkflow
{
    public static bool IsEditable(this Plan plan) => plan.Status == PlanStatus.Draft;

    public static string? Submit(Plan plan, DateTime now)
    {
        if (plan.Status != PlanStatus.Draft)
        {
            return "Chỉ trình được kế hoạch đang ở trạng thái dự thảo.";
        }

        if (string.IsNullOrWhiteSpace(plan.Title))
        {
            return "Kế hoạch chưa có trích yếu (tên kế hoạch).";
        }

        if (plan.Tasks.Count == 0)
        {
            return "Kế hoạch chưa có nhiệm vụ nào. Hãy thêm các nhiệm vụ trọng tâm trước khi trình.";
        }

        // A row with sub-rows may be a heading; every row without sub-rows needs a lead, its own or its parent's.
        if (plan.Tasks.Any(t => t.Children.Count == 0 && !HasLead(t)))
        {
            return "Có nhiệm vụ chưa có cơ quan chủ trì. Hãy chọn cơ quan chủ trì cho từng nhiệm vụ.";
        }

        plan.Status = PlanStatus.Submitted;
        plan.SubmittedAt = now;
        plan.ReturnComment = null;
        return null;
    }

    private static bool HasLead(KeyTask task)
    {
        for (var t = task; t is not null; t = t.Parent)
        {
            if (t.Units.Any(u => u.Role == TaskUnitRole.Lead))
            {
                return true;
            }
        }

        return false;
    }

    public static string? Approve(Plan plan, string userId, DateTime now)
    {
        if (plan.Status != PlanStatus.Submitted)
        {
            return "Chỉ duyệt được kế hoạch đang chờ duyệt.";
        }

        plan.Status = PlanStatus.Approved;
        plan.ApprovedAt = now;
        plan.ApprovedById = userId;
        return null;
    }

    public static string? Return(Plan plan, string? comment)
    {
        if (plan.Status is not (PlanStatus.Submitted or PlanStatus.Approved))
        {
            return "Chỉ trả lại được kế hoạch đang chờ duyệt hoặc đã duyệt mà chưa ban hành.";
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            return "Hãy ghi lý do trả lại để cán bộ đầu mối biết cần sửa gì.";
        }

        plan.Status = PlanStatus.Draft;
        plan.ReturnComment = comment.Trim();
        plan.ApprovedAt = null;
        plan.ApprovedById = null;
        return null;
    }

    public static string? Issue(Plan plan, string? number, DateOnly? date)
    {
        if (plan.Status != PlanStatus.Approved)
        {
            return "Chỉ ban hành được kế hoạch đã được duyệt.";
        }

        if (NormaliseNumber(number, plan.Symbol) is not { } normalised)
        {
            return $"Số văn bản không hợp lệ. Nhập số (ví dụ 15) hoặc số và ký hiệu (ví dụ 15/{plan.Symbol}).";
        }

        if (date is not { } issuedOn)
        {
            return "Hãy nhập ngày ban hành.";
        }

        if (issuedOn.Year < plan.Year - 1 || issuedOn.Year > plan.Year)
        {
            return $"Ngày ban hành phải thuộc năm {plan.Year - 1} hoặc {plan.Year}.";
        }

        plan.Status = PlanStatus.Issued;
        plan.Number = normalised;
        plan.IssuedOn = issuedOn;
        plan.DateDay = issuedOn.Day;
        plan.DateMonth = issuedOn.Month;
        plan.DateYear = issuedOn.Year;
        return null;
    }

    /// <summary>"5" → "05/KH-UBND"; "15/KH-UBND" stays; anything else is refused (null).</summary>
    public static string? NormaliseNumber(string? input, string symbol)
    {
        var match = NumberPattern().Match(input?.Trim().ToUpperInvariant() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var n = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (n == 0)
        {
            return null;
        }

        var givenSymbol = match.Groups["s"].Success ? match.Groups["s"].Value : symbol;
        return $"{n.ToString("00", CultureInfo.InvariantCulture)}/{givenSymbol}";
    }

    [GeneratedRegex(@"^(?<n>[0-9]{1,5})(?:\s*/\s*(?<s>[A-ZĐ][A-ZĐ0-9\-]*))?$")]
    private static partial Regex NumberPattern();
}
