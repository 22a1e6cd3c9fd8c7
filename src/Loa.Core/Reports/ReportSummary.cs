using System.Globalization;
using Loa.Documents;
using Loa.Text;

namespace Loa.Reports;

/// <summary>
/// The figures of a report in words, made from the same totals as its tables (the period's total row and the year
/// to date), so that the text can never say other numbers than the tables: "Trong kỳ báo cáo (từ ngày 15/03/2026
/// đến ngày 14/06/2026), Ủy ban nhân dân phường Hưng Phú đã triển khai 8 hoạt động thông tin, tuyên truyền cải
/// cách hành chính với 120 người tham dự, 4.125 lượt xem, nghe và 300 bản tài liệu; lũy kế từ đầu năm 26 hoạt
/// động với … .". What people write in the narrative stays theirs; the demo's writes no figures of its own.
/// </summary>
public static class ReportSummary
{
    public static string Write(ReportDocument report)
    {
        var who = ReportWording.IssuerName(report);
        var from = Date(report.Period.PeriodFrom);
        var to = Date(report.Period.DataTo);
        var start = Date(report.Period.DataFrom);
        var text = $"Trong kỳ báo cáo (từ ngày {from} đến ngày {to}), {who} "
            + (report.Overall.Activities == 0 ? "chưa ghi nhận hoạt động thông tin, tuyên truyền cải cách hành chính nào" : $"đã triển khai {Measures(report.Overall)}");
        if (ReportWording.HasYearToDate(report))
        {
            text += $"; lũy kế từ đầu năm (từ ngày {start}) "
                + (report.OverallToDate.Activities == 0 ? "chưa có hoạt động nào" : Measures(report.OverallToDate, subject: false));
        }

        return VietnameseText.Nfc(text + ".");
    }

    /// <summary>
    /// "8 hoạt động thông tin, tuyên truyền cải cách hành chính với 120 người tham dự, 4.125 lượt xem, nghe và 300
    /// bản tài liệu" (measures that are 0 left out).
    /// </summary>
    private static string Measures(ReportTotal total, bool subject = true)
    {
        var head = $"{ReportWording.Number(total.Activities)} hoạt động" + (subject ? " thông tin, tuyên truyền cải cách hành chính" : "");
        var parts = new List<string>();
        if (total.Participants > 0)
        {
            parts.Add($"{ReportWording.Number(total.Participants)} người tham dự");
        }

        if (total.Views > 0)
        {
            parts.Add($"{ReportWording.Number(total.Views)} lượt xem, nghe");
        }

        if (total.Copies > 0)
        {
            parts.Add($"{ReportWording.Number(total.Copies)} bản tài liệu");
        }

        return parts.Count switch
        {
            0 => head,
            1 => $"{head} với {parts[0]}",
            _ => $"{head} với {string.Join(", ", parts[..^1])} và {parts[^1]}",
        };
    }

    private static string Date(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DocumentDate.Numeric(date) : iso;
}
