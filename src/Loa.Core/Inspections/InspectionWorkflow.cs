using Loa.Data;

namespace Loa.Inspections;

/// <summary>The steps of an inspection.</summary>
public enum InspectionStep
{
    /// <summary>The commune (or the inspector) answers an item with text and evidence.</summary>
    Answer = 1,

    /// <summary>The inspector records the visit: the computed results are frozen as they stood on the visit day.</summary>
    Visit = 2,

    /// <summary>The inspector writes findings, scores, the conclusion and recommendations.</summary>
    Review = 3,

    /// <summary>The inspector closes the record: nothing changes afterwards.</summary>
    Close = 4,

    /// <summary>The inspector takes back a visit recorded by mistake: the results are computed live again.</summary>
    Reopen = 5,
}

/// <summary>
/// Which step is allowed from which state and for whom, and what it does: open → (visit) → visited → (close) →
/// closed; a visited inspection may be reopened. A refusal is a Vietnamese sentence; nothing is changed then.
/// </summary>
public static class InspectionWorkflow
{
    public const string NotAllowed = "Bạn không có quyền thực hiện thao tác này với cuộc kiểm tra.";

    public static string? Refusal(InspectionStep step, Inspection inspection, TenantScope scope, DateOnly today, DateOnly? visitOn = null)
    {
        var allowed = step == InspectionStep.Answer ? InspectionAccess.MayAnswer(scope, inspection) : InspectionAccess.MayInspect(scope, inspection);
        if (!allowed)
        {
            return NotAllowed;
        }

        return step switch
        {
            InspectionStep.Answer when inspection.Status != InspectionStatus.Open =>
                "Đoàn kiểm tra đã chốt kết quả: không sửa được câu trả lời nữa.",
            InspectionStep.Visit when inspection.Status != InspectionStatus.Open => "Cuộc kiểm tra này đã ghi nhận ngày kiểm tra.",
            InspectionStep.Visit when visitOn is null => "Hãy nhập ngày kiểm tra.",
            InspectionStep.Visit when visitOn > today => "Ngày kiểm tra không được sau hôm nay.",
            InspectionStep.Visit when visitOn!.Value.Year < inspection.Year || visitOn.Value.Year > inspection.Year + 1 =>
                $"Ngày kiểm tra phải trong năm {inspection.Year} hoặc năm {inspection.Year + 1}.",
            InspectionStep.Review or InspectionStep.Reopen when inspection.Status != InspectionStatus.Visited => inspection.Status == InspectionStatus.Closed
                ? "Biên bản kiểm tra đã hoàn thành: không sửa được nữa."
                : "Hãy ghi nhận ngày kiểm tra (chốt kết quả) trước.",
            InspectionStep.Close when inspection.Status != InspectionStatus.Visited => inspection.Status == InspectionStatus.Closed
                ? "Biên bản kiểm tra đã hoàn thành."
                : "Hãy ghi nhận ngày kiểm tra (chốt kết quả) trước.",
            InspectionStep.Close when string.IsNullOrWhiteSpace(inspection.Conclusion) => "Hãy ghi kết luận kiểm tra trước khi hoàn thành biên bản.",
            InspectionStep.Close when inspection.Entries.Any(e => e.Score is null) => "Hãy chấm điểm mọi tiêu chí trước khi hoàn thành biên bản.",
            _ => null,
        };
    }

    /// <summary>
    /// Applies a step after <see cref="Refusal"/> said yes: the visit freezes every entry with <paramref name="facts"/> (the
    /// commune's data on the visit day); reopening clears what the visit froze; closing stamps the time.
    /// </summary>
    public static string? Apply(
        InspectionStep step, Inspection inspection, TenantScope scope, DateTime now, DateOnly today, DateOnly? visitOn = null, CommuneFacts? facts = null)
    {
        if (Refusal(step, inspection, scope, today, visitOn) is { } refusal)
        {
            return refusal;
        }

        switch (step)
        {
            case InspectionStep.Visit:
                ArgumentNullException.ThrowIfNull(facts);
                if (facts.AsOf != visitOn)
                {
                    throw new ArgumentException("the facts must be those of the visit day", nameof(facts));
                }

                InspectionEntries.Freeze(inspection, facts);
                inspection.Status = InspectionStatus.Visited;
                inspection.VisitOn = visitOn;
                inspection.FrozenAt = now;
                inspection.FrozenByName = scope.UserName;
                break;
            case InspectionStep.Reopen:
                InspectionEntries.Thaw(inspection);
                inspection.Status = InspectionStatus.Open;
                inspection.VisitOn = null;
                inspection.FrozenAt = null;
                inspection.FrozenByName = null;
                break;
            case InspectionStep.Close:
                inspection.Status = InspectionStatus.Closed;
                inspection.ClosedAt = now;
                break;
        }

        inspection.UpdatedAt = now;
        return null;
    }
}
