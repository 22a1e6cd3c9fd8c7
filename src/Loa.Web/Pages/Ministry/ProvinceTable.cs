using Loa.Dashboards.National;
using Loa.Documents;
using Loa.Indices;
using Loa.Web.Pages.Province;

namespace Loa.Web.Pages.Ministry;

/// <summary>The ministry's table of provinces as a workbook: one row per province, numbers as numbers so that they add up.</summary>
public static class ProvinceTable
{
    public static byte[] Xlsx(NationalOverview overview, IEnumerable<ProvinceFigures> rows)
    {
        var periods = Dashboards.ProvinceDashboard.AllPeriods;
        var headers = new List<string>
        {
            "STT", "Mã", "Tỉnh, thành phố", "Số xã, phường", "Đang sử dụng Loa", "KH ban hành đúng hạn", "KH ban hành muộn", "KH chưa ban hành",
        };
        headers.AddRange(periods.Select(p => $"Báo cáo {Text.TextCase.LowerFirst(p.ShortLabel())} đã gửi"));
        headers.AddRange(["Số nhiệm vụ", "Hoàn thành", "Tỷ lệ hoàn thành", "Hoạt động", "Lượt tiếp cận", "Phản ánh nhận", "Trả lời đúng hạn"]);
        headers.AddRange(NationalFigures.IndexKinds.Select(k => k.Abbreviation() + " của tỉnh"));
        headers.Add("Xã, phường đang chậm");
        var widths = new List<double> { 6, 6, 22, 10, 10, 12, 12, 12 };
        widths.AddRange(periods.Select(_ => 12d));
        widths.AddRange([10, 11, 11, 11, 13, 11, 11]);
        widths.AddRange(NationalFigures.IndexKinds.Select(_ => 11d));
        widths.Add(12);
        var number = 0;
        var table = rows.Select(p =>
        {
            var row = new List<object?> { ++number, p.Code, p.Name, p.Communes, p.InService, p.PlansOnTime, p.PlansLate, p.PlansNotIssued };
            row.AddRange(periods.Select(k => (object?)p.Report(k).Sent));
            row.AddRange([
                p.Tasks,
                p.TasksCompleted,
                p.Completion is { } share ? new XlsxTable.Percent(share) : null,
                p.Activities,
                p.Reach,
                p.Feedback,
                p.FeedbackOnTime,
            ]);
            row.AddRange(NationalFigures.IndexKinds.Select(k => p.ProvinceIndices.TryGetValue(k, out var score) ? (object?)(double)score : null));
            row.Add(p.LateCommunes);
            return (IReadOnlyList<object?>)row;
        });
        return XlsxTable.Create($"Năm {overview.Year}", headers, table, widths);
    }
}
