using System.Globalization;
using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Plans.Amendments;

/// <summary>
/// Amending an issued plan ("Kế hoạch điều chỉnh, bổ sung", ADR 0027): the amendment is a plan of its own — a draft copy of
/// the issued plan that names it — edited, submitted, approved and issued like any plan, with its own number and date.
/// Each of its tasks remembers the task it carries on. When it is issued, the amended plan is superseded (its text stays
/// on record), and the activities and reports recorded against it move to the amendment: each activity to the task that
/// carries its task on. Activities of a task the amendment removes stay with the superseded plan, as its history.
/// </summary>
public static class PlanAmendment
{
    /// <summary>Why the user may not start an amendment of the plan now; null when they may.</summary>
    public static string? Refusal(TenantScope scope, Plan plan, int? openAmendmentId)
    {
        if (plan.Status != PlanStatus.Issued)
        {
            return "Chỉ điều chỉnh, bổ sung được kế hoạch đã ban hành.";
        }

        if (!PlanAccess.MayEdit(scope, plan))
        {
            return "Bạn không có quyền soạn kế hoạch điều chỉnh của kế hoạch này.";
        }

        return openAmendmentId is null ? null : "Kế hoạch này đang có một kế hoạch điều chỉnh, bổ sung chưa ban hành. Hãy tiếp tục soạn kế hoạch đó.";
    }

    /// <summary>A new draft that copies the issued plan (with everything loaded): same body and tasks, no number, no date.</summary>
    public static Plan Start(Plan issued, DateTime now)
    {
        var amendment = new Plan
        {
            ProvinceId = issued.ProvinceId,
            CommuneId = issued.CommuneId,
            UnitId = issued.UnitId,
            ParentPlanId = issued.ParentPlanId,
            Year = issued.Year,
            Status = PlanStatus.Draft,
            AmendsPlanId = issued.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var document = PlanMapper.ToDocument(issued);
        PlanMapper.Fill(amendment, document, new UnitMatcher([]));
        amendment.Number = null;
        amendment.DateDay = amendment.DateMonth = null;
        amendment.DateYear = issued.Year;
        amendment.Title = Title(issued);

        // The copy lists the tasks in table order, as the issued plan's tasks in table order: pair them.
        var copies = AmendmentChanges.InTableOrder(amendment.Tasks).ToList();
        var originals = AmendmentChanges.InTableOrder(issued.Tasks).ToList();
        foreach (var (copy, original) in copies.Zip(originals))
        {
            copy.AmendsTaskId = original.Id;
            copy.Indices = original.Indices;
            copy.Units = original.Units.Select(u => new KeyTaskUnit { Role = u.Role, Order = u.Order, Name = u.Name, UnitId = u.UnitId }).ToList();
        }

        return amendment;
    }

    /// <summary>"Điều chỉnh, bổ sung Kế hoạch số 07/KH-UBND ngày 01/02/2026 về thông tin, tuyên truyền …".</summary>
    public static string Title(Plan issued)
    {
        var date = issued.IssuedOn?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var title = issued.Title.Length > 0 ? char.ToLower(issued.Title[0], CultureInfo.GetCultureInfo("vi-VN")) + issued.Title[1..] : "";
        var text = $"Điều chỉnh, bổ sung Kế hoạch số {issued.Number}{(date is null ? "" : $" ngày {date}")} về {title}";
        return text.Length > 500 ? text[..500] : text;
    }

    /// <summary>
    /// What issuing the amendment does besides issuing it (call after <see cref="PlanWorkflow.Issue"/>, save after): the
    /// amended plan is superseded, its activities move to the tasks that carry theirs on, its reports and its units' plans
    /// follow the amendment. Returns the number of activities moved, or a refusal when the amended plan is no longer in force.
    /// </summary>
    public static async Task<(int Moved, string? Refusal)> CarryOverAsync(LoaDbContext db, Plan amendment, CancellationToken cancellationToken = default)
    {
        if (amendment.AmendsPlanId is not { } amendedId)
        {
            return (0, null);
        }

        var amended = await db.Plans.FirstOrDefaultAsync(p => p.Id == amendedId, cancellationToken);
        if (amended is null || amended.Status != PlanStatus.Issued)
        {
            return (0, "Kế hoạch được điều chỉnh không còn hiệu lực (đã được điều chỉnh bằng một kế hoạch khác).");
        }

        amended.Status = PlanStatus.Superseded;
        var successors = await db.Tasks.Where(t => t.PlanId == amendment.Id && t.AmendsTaskId != null)
            .Select(t => new { t.Id, Was = t.AmendsTaskId!.Value })
            .ToDictionaryAsync(t => t.Was, t => t.Id, cancellationToken);
        var activities = await db.Activities.Where(a => a.PlanId == amendedId).ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var activity in activities.Where(a => successors.ContainsKey(a.TaskId)))
        {
            activity.TaskId = successors[activity.TaskId];
            activity.PlanId = amendment.Id;
            moved++;
        }

        foreach (var report in await db.CommuneReports.Where(r => r.PlanId == amendedId).ToListAsync(cancellationToken))
        {
            report.PlanId = amendment.Id;
        }

        foreach (var report in await db.UnitReports.Where(r => r.PlanId == amendedId).ToListAsync(cancellationToken))
        {
            report.PlanId = amendment.Id;
        }

        foreach (var unitPlan in await db.Plans.Where(p => p.ParentPlanId == amendedId && p.Id != amendment.Id).ToListAsync(cancellationToken))
        {
            unitPlan.ParentPlanId = amendment.Id;
        }

        return (moved, null);
    }
}
