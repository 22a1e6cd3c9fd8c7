using Loa.Articles;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards;

/// <summary>What a commune has done of its first steps in Loa, read from its data.</summary>
public sealed record FirstRunFacts(
    bool ProfileFilled,
    int Units,
    int UnitAccounts,
    int? PlanId,
    bool PlanIssued,
    bool ArticlePublished,
    bool ActivityRecorded);

/// <summary>One step of the checklist: what to do, where it is done, and whether it is done.</summary>
public sealed record FirstRunStep(string Key, string Title, string Hint, string Link, string LinkText, bool Done);

/// <summary>
/// The first-run checklist a new coordinator sees on the dashboard until every step is done: the commune's portal
/// profile, its units, the units' accounts, this year's plan imported or drafted, the plan issued, a first news item
/// on the portal, a first activity recorded. Each step is computed from the commune's data, never ticked by hand.
/// </summary>
public static class FirstRunChecklist
{
    public static IReadOnlyList<FirstRunStep> Steps(FirstRunFacts facts) =>
    [
        new("profile", "Điền thông tin của xã, phường trên cổng thông tin",
            "Địa chỉ Bộ phận Một cửa và đường dây nóng, để người dân biết nơi liên hệ.",
            "/portal", "Mở trang Cổng thông tin", facts.ProfileFilled),
        new("units", "Thêm các đơn vị thực hiện kế hoạch",
            "Các phòng, trung tâm, khu phố, ấp… được giao nhiệm vụ trong kế hoạch.",
            "/units", "Mở danh sách đơn vị", facts.Units > 0),
        new("accounts", "Tạo tài khoản cho cán bộ đơn vị",
            "Mỗi đơn vị có ít nhất một cán bộ đăng nhập để ghi nhận kết quả.",
            "/units", "Mở danh sách đơn vị", facts.UnitAccounts > 0),
        new("plan", "Nhập hoặc lập kế hoạch năm nay",
            "Nhập từ tệp Word, PDF của kế hoạch đã có, hoặc lập mới trên Loa.",
            "/plans/import", "Nhập kế hoạch", facts.PlanId is not null),
        new("issued", "Ban hành kế hoạch",
            "Lãnh đạo duyệt và ban hành; từ đó các đơn vị ghi nhận kết quả.",
            facts.PlanId is { } id ? $"/plans/details/{id}" : "/plans", "Mở kế hoạch", facts.PlanIssued),
        new("article", "Đăng tin đầu tiên lên cổng thông tin",
            "Một tin về cải cách hành chính của xã, phường trong mục Tin CCHC.",
            "/articles/edit", "Viết bài mới", facts.ArticlePublished),
        new("activity", "Ghi nhận hoạt động đầu tiên",
            "Một việc đã làm theo nhiệm vụ của kế hoạch, kèm ảnh hoặc đường dẫn minh chứng.",
            "/tasks/mine", "Mở Nhiệm vụ của tôi", facts.ActivityRecorded),
    ];

    /// <summary>
    /// Reads the facts of <paramref name="communeId"/> for <paramref name="year"/> (the db is already filtered to the
    /// user's tenant) in one query: the dashboard asks on every visit until the steps are done or hidden (decision record 37).
    /// </summary>
    public static async Task<FirstRunFacts> LoadAsync(LoaDbContext db, int communeId, int year, DateTime utcNow, CancellationToken cancellationToken)
    {
        var plans = db.Plans.Where(p => p.CommuneId == communeId && p.UnitId == null && p.Year == year);
        var facts = await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => new
        {
            ProfileFilled = db.PortalProfiles.Any(
                p => p.CommuneId == communeId && p.Address != null && p.Address != "" && p.Hotline != null && p.Hotline != ""),
            Units = db.Units.Count(u => u.CommuneId == communeId && !u.IsCoordinator),
            Accounts = db.Users.Count(u => u.CommuneId == communeId && u.Role == UserRole.UnitOfficer && !u.IsDisabled),
            IssuedPlanId = plans.Where(p => p.Status == PlanStatus.Issued).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault(),
            LatestPlanId = plans.OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault(),
            Published = db.Articles.Any(a => a.CommuneId == communeId
                && (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled)
                && a.PublishAt <= utcNow),
            Activity = db.Activities.Any(a => a.CommuneId == communeId),
        }).FirstOrDefaultAsync(cancellationToken);
        return facts is null
            ? new FirstRunFacts(false, 0, 0, null, false, false, false)
            : new FirstRunFacts(
                facts.ProfileFilled,
                facts.Units,
                facts.Accounts,
                facts.IssuedPlanId ?? facts.LatestPlanId,
                facts.IssuedPlanId is not null,
                facts.Published,
                facts.Activity);
    }
}
