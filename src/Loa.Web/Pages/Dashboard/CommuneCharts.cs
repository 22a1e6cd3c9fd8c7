using Loa.Activities;
using Loa.Dashboards;
using Loa.Plans.Progress;
using Loa.Web.Pages.Shared;

namespace Loa.Web.Pages.Dashboard;

/// <summary>The commune dashboard's charts, from its figures.</summary>
public static class CommuneCharts
{
    private static readonly ProgressStatus[] StatusOrder = [
        ProgressStatus.Completed, ProgressStatus.OnTrack, ProgressStatus.NotStarted, ProgressStatus.Behind, ProgressStatus.Overdue
    ];

    private static readonly ChartColour[] StatusColours = [ChartColour.Ok, ChartColour.Info, ChartColour.Light, ChartColour.Warn, ChartColour.Late];

    public static IReadOnlyList<ChartModel> For(CommuneOverview o, bool linkToPlan = true)
    {
        var planId = o.Plan.Id;
        var months = Enumerable.Range(1, o.Months).Select(m => "T" + m.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var charts = new List<ChartModel>
        {
            new()
            {
                Kind = ChartKind.Doughnut,
                Title = "Tình trạng các nhiệm vụ",
                Unit = "nhiệm vụ",
                LabelHeader = "Tình trạng",
                Labels = StatusOrder.Select(s => s.Label()).ToList(),
                Series = [new ChartSeries("Số nhiệm vụ", StatusOrder.Select(o.Count))],
                LabelColours = StatusColours,
            },
            new()
            {
                Kind = ChartKind.Line,
                Title = "Tiến độ qua các tháng",
                Unit = "nhiệm vụ, tính đến cuối tháng",
                LabelHeader = "Tháng",
                Labels = months,
                Series = [new ChartSeries("Hoàn thành", o.CompletedByMonth, ChartColour.Ok), new ChartSeries("Chậm hoặc quá hạn", o.LateByMonth, ChartColour.Late)],
            },
        };

        var withTarget = o.Tasks.Where(t => t.Task.QuantityValue is > 0).ToList();
        if (withTarget.Count > 0)
        {
            charts.Add(new ChartModel
            {
                Kind = ChartKind.HorizontalBar,
                Title = "Mức đạt chỉ tiêu của từng nhiệm vụ",
                Unit = "%",
                LabelHeader = "Nhiệm vụ",
                Labels = withTarget.Select(t => $"{t.Task.Label} {t.Task.Name}").ToList(),
                Series =
                [
                    new ChartSeries("Đã đạt chỉ tiêu (%)", withTarget.Select(t => (double?)Math.Round(100 * (t.Progress.QuantityShare ?? 0))).ToList(), ChartColour.Brand),
                    new ChartSeries("Thời gian đã qua (%)", withTarget.Select(t => (double?)Math.Round(100 * t.Progress.TimeElapsed)).ToList(), ChartColour.Light),
                ],
                Links = linkToPlan ? withTarget.Select(t => (string?)$"/plans/details/{planId}#task-{t.Task.Id}").ToList() : null,
                Note = "Nhiệm vụ có chỉ tiêu số lượng. Đạt chỉ tiêu chậm hơn thời gian đã qua là dấu hiệu chậm tiến độ.",
            });
        }

        if (o.Units.Count > 0)
        {
            charts.Add(new ChartModel
            {
                Kind = ChartKind.HorizontalBar,
                Title = "Hoạt động theo đơn vị",
                LabelHeader = "Đơn vị",
                Labels = o.Units.Select(u => u.Name).ToList(),
                Series = [
                    new ChartSeries("Hoạt động", o.Units.Select(u => u.Activities), ChartColour.Info),
                    new ChartSeries("Nhiệm vụ chậm", o.Units.Select(u => u.TasksLate), ChartColour.Late)
                ],
            });
        }

        charts.Add(new ChartModel
        {
            Kind = ChartKind.Bar,
            Stacked = true,
            Title = "Hoạt động theo hình thức, từng tháng",
            Unit = "hoạt động",
            LabelHeader = "Tháng",
            Labels = months,
            Series = o.ChannelByMonth.OrderBy(c => c.Key).Select(c => new ChartSeries(c.Key.Label(), c.Value.Take(o.Months))).ToList(),
        });
        charts.Add(new ChartModel
        {
            Kind = ChartKind.Bar,
            Stacked = true,
            Title = "Hoạt động theo lĩnh vực nội dung, từng tháng",
            Unit = "hoạt động",
            LabelHeader = "Tháng",
            Labels = months,
            Series = o.AreaByMonth.OrderBy(c => c.Key).Select(c => new ChartSeries(c.Key.Label(), c.Value.Take(o.Months))).ToList(),
        });
        charts.Add(new ChartModel
        {
            Kind = ChartKind.Line,
            Title = "Số người được tiếp cận theo tháng",
            Unit = "lượt",
            LabelHeader = "Tháng",
            Labels = months,
            Series =
            [
                new ChartSeries("Người tham dự", Take(o.ParticipantsByMonth, o.Months), ChartColour.Brand),
                new ChartSeries("Lượt xem, nghe", Take(o.ViewsByMonth, o.Months), ChartColour.Info),
                new ChartSeries("Bản tài liệu phát hành", Take(o.CopiesByMonth, o.Months), ChartColour.Ok),
            ],
        });
        return charts;
    }

    private static List<double?> Take(long[] values, int months) => values.Take(months).Select(v => (double?)v).ToList();
}
