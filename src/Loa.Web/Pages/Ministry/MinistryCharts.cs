using Loa.Activities;
using Loa.Dashboards;
using Loa.Dashboards.National;
using Loa.Text;
using Loa.Web.Pages.Province;
using Loa.Web.Pages.Shared;

namespace Loa.Web.Pages.Ministry;

/// <summary>The ministry dashboard's charts: where people would rather look than read a table of 34 rows.</summary>
public static class MinistryCharts
{
    public static IReadOnlyList<ChartModel> For(NationalOverview o)
    {
        var byOnTime = o.Provinces.OrderByDescending(p => p.OnTimeShare ?? -1).ThenBy(p => p.Name, VietnameseOrder.Instance).ToList();
        var byCompletion = o.Provinces.OrderByDescending(p => p.Completion ?? -1).ThenBy(p => p.Name, VietnameseOrder.Instance).ToList();
        var channels = o.ReachByChannel.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).ToList();
        var periods = ProvinceDashboard.AllPeriods;
        return
        [
            new()
            {
                Kind = ChartKind.HorizontalBar,
                Title = $"Kế hoạch năm {o.Year} ban hành đúng hạn, theo tỉnh",
                Unit = "xã, phường",
                LabelHeader = "Tỉnh, thành phố",
                Labels = byOnTime.Select(p => p.Name).ToList(),
                Series =
                [
                    new ChartSeries("Đúng hạn", byOnTime.Select(p => p.PlansOnTime), ChartColour.Ok),
                    new ChartSeries("Muộn", byOnTime.Select(p => p.PlansLate), ChartColour.Warn),
                    new ChartSeries("Chưa ban hành", byOnTime.Select(p => p.PlansNotIssued), ChartColour.Late),
                ],
                Stacked = true,
                Height = ChartHeight.Auto,
                Links = byOnTime.Select(p => (string?)$"/ministry/province?id={p.ProvinceId}&year={o.Year}").ToList(),
                Note = "Xếp theo tỷ lệ xã, phường ban hành đúng hạn. Bấm vào một tỉnh để xem từng xã, phường.",
            },
            new()
            {
                Kind = ChartKind.Bar,
                Title = "Báo cáo định kỳ đã gửi, cả nước",
                Unit = "báo cáo",
                LabelHeader = "Kỳ báo cáo",
                Labels = periods.Select(k => k.ShortLabel()).ToList(),
                Series =
                [
                    new ChartSeries("Gửi đúng hạn", periods.Select(k => o.Provinces.Sum(p => p.Report(k).SentOnTime)), ChartColour.Ok),
                    new ChartSeries("Gửi muộn", periods.Select(k => o.Provinces.Sum(p => p.Report(k).Sent - p.Report(k).SentOnTime)), ChartColour.Warn),
                    new ChartSeries("Quá hạn, chưa gửi", periods.Select(k => o.Provinces.Sum(p => p.Report(k).Missing)), ChartColour.Late),
                ],
                Stacked = true,
            },
            new()
            {
                Kind = ChartKind.HorizontalBar,
                Title = "Tỷ lệ nhiệm vụ hoàn thành, theo tỉnh",
                Unit = "%",
                LabelHeader = "Tỉnh, thành phố",
                Labels = byCompletion.Select(p => p.Name).ToList(),
                Series = [new ChartSeries(
                    "Hoàn thành (%)", byCompletion.Select(p => p.Completion is { } c ? Math.Round(c * 100, 1) : (double?)null).ToList(), ChartColour.Brand)],
                Height = ChartHeight.Auto,
                Links = byCompletion.Select(p => (string?)$"/ministry/province?id={p.ProvinceId}&year={o.Year}").ToList(),
                Note = "Nhiệm vụ của các kế hoạch đã ban hành.",
            },
            new()
            {
                Kind = ChartKind.Doughnut,
                Title = "Lượt người được tiếp cận theo kênh, cả nước",
                Unit = "lượt",
                LabelHeader = "Kênh",
                Labels = channels.Select(kv => kv.Key.Label()).ToList(),
                Series = [new ChartSeries("Lượt tiếp cận", channels.Select(kv => (double?)kv.Value).ToList())],
                Note = "Người tham dự, lượt xem và số bản phát hành cộng lại.",
            },
        ];
    }
}
