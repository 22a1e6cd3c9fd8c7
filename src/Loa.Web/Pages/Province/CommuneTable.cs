using Loa.Dashboards;
using Loa.Documents;
using Loa.Plans;
using Loa.Text;

namespace Loa.Web.Pages.Province;

/// <summary>The province's commune table as a workbook: one row per commune, numbers as numbers so that they add up.</summary>
public static class CommuneTable
{
    public static byte[] Xlsx(ProvinceOverview overview, IEnumerable<CommuneStanding> rows)
    {
        var headers = new List<string> { "STT", "Mã", "Xã, phường", "Kế hoạch", "Ngày ban hành" };
        headers.AddRange(overview.Periods.Select(p => "Báo cáo " + TextCase.LowerFirst(p.Kind.ShortLabel())));
        headers.AddRange(["Số nhiệm vụ", "Hoàn thành", "Tỷ lệ hoàn thành", "Nhiệm vụ chậm", "Hoạt động", "Lượt tiếp cận"]);
        var widths = new List<double> { 6, 8, 24, 22, 13 };
        widths.AddRange(overview.Periods.Select(_ => 13d));
        widths.AddRange([10, 11, 11, 10, 11, 13]);
        var number = 0;
        var table = rows.Select(c =>
        {
            var row = new List<object?> { ++number, c.Code, c.Name, c.Plan.Label(), c.IssuedOn is { } on ? DocumentDate.Numeric(on) : c.PlanStatus?.Label() };
            row.AddRange(overview.Periods.Select(p => (object?)c.Reports[p.Kind].Label()));
            var hasPlan = c.Completion is not null;
            row.AddRange([
                hasPlan ? c.Tasks : null,
                hasPlan ? c.TasksCompleted : null,
                c.Completion is { } share ? new XlsxTable.Percent(share) : null,
                hasPlan ? c.TasksLate : null,
                c.Activities,
                c.Reach,
            ]);
            return (IReadOnlyList<object?>)row;
        });
        return XlsxTable.Create($"Năm {overview.Year}", headers, table, widths);
    }
}
