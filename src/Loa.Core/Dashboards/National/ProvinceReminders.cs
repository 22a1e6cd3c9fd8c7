using Loa.Data;
using Loa.Notifications;
using Loa.Reports;
using Loa.Text;

namespace Loa.Dashboards.National;

/// <summary>
/// The ministry's reminder to the provinces whose communes are late (a plan overdue or a report not sent by its date):
/// each province officer of such a province gets one notice in Loa, copied out by the channel they chose (e-mail, Zalo, SMS
/// or none) by the outbox's usual dispatch. The notice's key is the province and the day, so a second press the same day
/// reaches no one again (decision record 39).
/// </summary>
public static class ProvinceReminders
{
    /// <summary>Reminds the late provinces' officers; returns how many provinces were late and how many people got a new notice.</summary>
    public static async Task<(int Provinces, int People)> RemindAsync(
        LoaDbContext db, NationalOverview overview, DateTime now, CancellationToken cancellationToken = default)
    {
        var late = overview.Provinces.Where(p => p.LateCommunes > 0).ToList();
        var people = 0;
        foreach (var province in late)
        {
            var officers = await Recipients.ProvinceOfficersAsync(db, province.ProvinceId, cancellationToken);
            people += await Notifier.NotifyAsync(
                db,
                officers,
                $"Bộ Nội vụ nhắc: {province.LateCommunes} xã, phường chậm",
                Body(province, overview.Year),
                "/province?status=late",
                DedupKey(province.ProvinceId, overview.Today),
                now,
                cancellationToken: cancellationToken);
        }

        return (late.Count, people);
    }

    public static string DedupKey(int provinceId, DateOnly today) => $"ministry-reminder:{provinceId}:{today:yyyyMMdd}";

    private static string Body(ProvinceFigures province, int year)
    {
        var parts = new List<string>();
        if (province.PlansMissing > 0)
        {
            parts.Add($"{province.PlansMissing} xã, phường chưa ban hành kế hoạch năm {year} (hạn {DocumentDate.Numeric(province.PlanDue)})");
        }

        var reports = province.Reports.Where(r => r.Value.Missing > 0).ToList();
        if (reports.Count > 0)
        {
            parts.Add("xã, phường chưa gửi báo cáo: " + string.Join(", ", reports.Select(r => $"{r.Key.Name(year)}: {r.Value.Missing}")));
        }

        return $"Bộ Nội vụ đề nghị {province.Name} đôn đốc các xã, phường: {string.Join("; ", parts)}.";
    }
}
