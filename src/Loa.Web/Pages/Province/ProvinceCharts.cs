using System.Globalization;
using Loa.Dashboards;
using Loa.Reports;
using Loa.Text;
using Loa.Web.Pages.Shared;

namespace Loa.Web.Pages.Province;

/// <summary>The province dashboard's charts, from its overview; each state links to the table filtered by it.</summary>
public static class ProvinceCharts
{
    private static readonly PlanStanding[] PlanOrder = [PlanStanding.OnTime, PlanStanding.Late, PlanStanding.Pending, PlanStanding.Missing];

    private static readonly ReportStanding[] ReportOrder =
        [
            ReportStanding.SentOnTime, ReportStanding.SentLate, ReportStanding.Open, ReportStanding.Missing, ReportStanding.NotOpen,
            ReportStanding.NotRequired, ReportStanding.NoPlan
        ];

    private static readonly ChartColour[] ReportColours = [
        ChartColour.Ok, ChartColour.Warn, ChartColour.Info, ChartColour.Late, ChartColour.Light, ChartColour.Muted, ChartColour.InfoLight
    ];

    /// <summary>The bands of task completion the province reads at a glance.</summary>
    public static readonly (string Label, double From, double To)[] CompletionBands =
        [("Dưới 25%", 0, 0.25), ("25–50%", 0.25, 0.5), ("50–75%", 0.5, 0.75), ("75–99%", 0.75, 1), ("100%", 1, double.MaxValue)];

    /// <summary>"Quý I", "6 tháng", "9 tháng", "Năm": column headers and chart labels.</summary>
    public static string ShortLabel(this ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Quarter1 => "Quý I",
        ReportPeriodKind.HalfYear => "6 tháng",
        ReportPeriodKind.NineMonths => "9 tháng",
        _ => "Năm",
    };

    public static IReadOnlyList<ChartModel> For(ProvinceOverview o)
    {
        var year = o.Year.ToString(CultureInfo.InvariantCulture);
        var months = Enumerable.Range(1, o.Year < o.Today.Year ? 12 : Math.Max(1, o.Today.Month)).ToList();
        var charts = new List<ChartModel>
        {
            new()
            {
                Kind = ChartKind.Doughnut,
                Title = "Ban hành kế hoạch năm " + year,
                Unit = "xã, phường",
                LabelHeader = "Tình trạng",
                Labels = PlanOrder.Select(s => s.Label()).ToList(),
                Series = [new ChartSeries("Số xã, phường", PlanOrder.Select(o.Count))],
                LabelColours = [ChartColour.Ok, ChartColour.Warn, ChartColour.Light, ChartColour.Late],
                Links = PlanOrder.Select(s => (string?)$"/province?year={year}&plan={PlanFilter(s)}").ToList(),
                Note = $"Hạn ban hành của tỉnh: {DisplayTime.Date(o.PlanDue)}. Bấm vào một phần để xem danh sách.",
            },
            new()
            {
                Kind = ChartKind.Bar,
                Title = "Báo cáo định kỳ theo kỳ",
                Unit = "xã, phường",
                LabelHeader = "Kỳ báo cáo",
                Labels = o.Periods.Select(p => $"{p.Kind.ShortLabel()} (hạn {p.Due:dd/MM})").ToList(),
                Series = ReportOrder.Select((s, i) => new ChartSeries(s.Label(), o.Periods.Select(p => o.Count(p.Kind, s)), ReportColours[i]))
                    .Where(s => s.Values.Any(v => v > 0)).ToList(),
                Stacked = true,
            },
            new()
            {
                Kind = ChartKind.Bar,
                Title = "Mức hoàn thành nhiệm vụ của các xã, phường",
                Unit = "xã, phường",
                LabelHeader = "Tỷ lệ nhiệm vụ hoàn thành",
                Labels = CompletionBands.Select(b => b.Label).ToList(),
                Series = [new ChartSeries(
                    "Số xã, phường", CompletionBands.Select(b => o.Communes.Count(c => c.Completion is { } x && x >= b.From && x < b.To)), ChartColour.Brand)],
                Note = "Chỉ tính các xã, phường đã ban hành kế hoạch.",
            },
            new()
            {
                Kind = ChartKind.Bar,
                Title = "Hoạt động tuyên truyền theo tháng",
                Unit = "hoạt động",
                LabelHeader = "Tháng",
                Labels = months.Select(m => "T" + m.ToString(CultureInfo.InvariantCulture)).ToList(),
                Series = [new ChartSeries("Hoạt động", months.Select(m => o.ActivitiesByMonth[m - 1]), ChartColour.Info)],
            },
            new()
            {
                Kind = ChartKind.Line,
                Title = "Lượt người được tiếp cận theo tháng",
                Unit = "lượt",
                LabelHeader = "Tháng",
                Labels = months.Select(m => "T" + m.ToString(CultureInfo.InvariantCulture)).ToList(),
                Series = [new ChartSeries("Lượt tiếp cận", months.Select(m => (double?)o.ReachByMonth[m - 1]).ToList(), ChartColour.Brand)],
                Note = "Người tham dự, lượt xem và số bản phát hành cộng lại.",
            },
        };

        var lagging = o.Communes.Where(c => c.TasksLate > 0).OrderByDescending(c => c.TasksLate)
            .ThenBy(c => c.Name, VietnameseOrder.Instance).Take(10).ToList();
        if (lagging.Count > 0)
        {
            charts.Add(new ChartModel
            {
                Kind = ChartKind.HorizontalBar,
                Title = "Các xã, phường có nhiều nhiệm vụ chậm nhất",
                Unit = "nhiệm vụ",
                LabelHeader = "Xã, phường",
                Labels = lagging.Select(c => c.Name).ToList(),
                Series = [new ChartSeries("Nhiệm vụ chậm hoặc quá hạn", lagging.Select(c => c.TasksLate), ChartColour.Late)],
                Links = lagging.Select(c => (string?)$"/dashboard?commune={c.CommuneId}").ToList(),
            });
        }

        return charts;
    }

    public static string PlanFilter(PlanStanding standing) => standing switch
    {
        PlanStanding.OnTime => "ontime",
        PlanStanding.Late => "late",
        PlanStanding.Pending => "pending",
        _ => "missing",
    };
}
