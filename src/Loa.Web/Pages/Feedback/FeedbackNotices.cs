using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.Notifications;
using Loa.Text;
using FeedbackItem = Loa.Feedbacks.Feedback;

namespace Loa.Web.Pages.Feedback;

/// <summary>Whom each step of a feedback tells, and what (never the person who took it), in the same save as the step.</summary>
public sealed class FeedbackNotices(LoaDbContext db)
{
    public async Task AssignedAsync(FeedbackItem f, int unitId, DateTime now) =>
        await NotifyAsync(await Recipients.UnitOfficersAsync(db, unitId), $"Đơn vị được giao xử lý phản ánh số {f.Number}",
            $"{f.Subject}. Hạn xử lý {DocumentDate.Numeric(f.DueOn)}.", f, $"assign:{unitId}:{now.Ticks}", now);

    public async Task AnsweredAsync(FeedbackItem f, string? unitName, DateTime now) =>
        await NotifyAsync(await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator, UserRole.Leader]),
            $"Trả lời phản ánh số {f.Number} chờ duyệt",
            $"{unitName ?? "Đơn vị"} đã trả lời: {f.Subject}.", f, $"answer:{now.Ticks}", now);

    public async Task ReturnedAsync(FeedbackItem f, DateTime now)
    {
        if (f.AssignedUnitId is { } unit)
        {
            await NotifyAsync(await Recipients.UnitOfficersAsync(db, unit), $"Trả lời phản ánh số {f.Number} bị trả lại", f.ReturnComment!, f,
                $"return:{now.Ticks}", now);
        }
    }

    public async Task ApprovedAsync(FeedbackItem f, DateTime now)
    {
        var people = await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator]);
        if (f.AssignedUnitId is { } unit)
        {
            people.AddRange(await Recipients.UnitOfficersAsync(db, unit));
        }

        await NotifyAsync(people, $"Trả lời phản ánh số {f.Number} đã được duyệt",
            "Người gửi đã xem được câu trả lời bằng mã tra cứu. Hãy công khai câu trả lời trên cổng nếu phù hợp.", f, "approve", now);
    }

    public async Task PublishedAsync(FeedbackItem f, DateTime now) =>
        await NotifyAsync(await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator, UserRole.Leader]),
            $"Đã công khai trả lời phản ánh số {f.Number}",
            f.PublicSubject!, f, "publish", now);

    public async Task UnpublishedAsync(FeedbackItem f, DateTime now) =>
        await NotifyAsync(await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator, UserRole.Leader]),
            $"Đã gỡ trả lời phản ánh số {f.Number} khỏi cổng",
            f.PublicSubject ?? f.Subject, f, $"unpublish:{now.Ticks}", now);

    public async Task RejectedAsync(FeedbackItem f, DateTime now)
    {
        var people = await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator, UserRole.Leader]);
        if (f.AssignedUnitId is { } unit)
        {
            people.AddRange(await Recipients.UnitOfficersAsync(db, unit));
        }

        await NotifyAsync(people, $"Phản ánh số {f.Number} không xử lý là phản ánh, kiến nghị", f.RejectionKind!.Value.Label(), f, "reject", now);
    }

    private async Task NotifyAsync(List<(string, int?, int?)> people, string title, string body, FeedbackItem f, string key, DateTime now)
    {
        var others = people.Where(p => p.Item1 != db.Scope.UserId).ToList();
        await Notifier.NotifyAsync(db, others, title, body, $"/feedback/details/{f.Id}", $"feedback:{f.Id}:{key}", now, save: false);
    }
}
