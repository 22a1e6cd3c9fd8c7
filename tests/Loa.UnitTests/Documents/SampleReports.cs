using System.Globalization;
using Loa.Activities;
using Loa.Demo;
using Loa.Plans;
using Loa.Plans.Parsing;
using Loa.Reports;

namespace Loa.UnitTests.Documents;

/// <summary>
/// Periodic reports built from the demo plans with made-up but consistent figures (the benchmarks link this file
/// too): each key task with its target, what was done this period and to date, the share and a status; totals
/// by channel and by content area that add up to the overall total; late tasks with their reasons.
/// </summary>
internal static class SampleReports
{
    /// <summary>
    /// Hưng Phú, quarter I: numbered, sent to the city's department (Nơi nhận without "Như trên": the writer adds
    /// it), two late tasks, all four narratives.
    /// </summary>
    public const string HungPhuQuarter = "hung-phu-q1";

    /// <summary>Canh Vinh, six months: not yet numbered, sub-rows 4.1–4.4, no late task, no proposals, signed by a deputy.</summary>
    public const string CanhVinhHalfYear = "canh-vinh-h1";

    /// <summary>A unit of Hưng Phú reporting to its committee internally: no "Kính gửi", no narrative, symbol "BC".</summary>
    public const string UnitNineMonths = "unit-q3";

    public static readonly string[] Names = [HungPhuQuarter, CanhVinhHalfYear, UnitNineMonths];

    public static ReportDocument Report(string name) => name switch
    {
        HungPhuQuarter => HungPhu(),
        CanhVinhHalfYear => CanhVinh(),
        UnitNineMonths => Unit(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>A report with about <paramref name="rows"/> task rows (the demo plans' tasks, repeated as needed).</summary>
    public static ReportDocument Large(int rows)
    {
        var report = HungPhu();
        var source = Flatten(PlanTextParser.Parse(DemoPlanTexts.Read("canh-vinh-2026.txt")).Tasks)
            .Concat(Flatten(PlanTextParser.Parse(DemoPlanTexts.Read("hung-phu-2026.txt")).Tasks))
            .ToList();
        var tasks = Enumerable.Range(0, rows).Select(i => source[i % source.Count]).ToList();
        report.Tasks = Lines(tasks, seed: 7);
        var parent = 0;
        var sub = 0;
        foreach (var line in report.Tasks)
        {
            sub = line.IsSubRow ? sub + 1 : 0;
            parent += line.IsSubRow ? 0 : 1;
            line.Label = line.IsSubRow ? $"{parent}.{sub}" : parent.ToString(CultureInfo.InvariantCulture);
        }

        return report;
    }

    private static ReportDocument HungPhu()
    {
        var plan = PlanTextParser.Parse(DemoPlanTexts.Read("hung-phu-2026.txt"));
        var report = Base(plan, "q1", "quý I năm 2026", "2025-12-15", "2026-03-14", "2025-12-15");
        report.Number = "12/BC-UBND";
        report.Date = new PartialDate { Day = 17, Month = 3, Year = 2026 };
        report.Recipient = "Sở Nội vụ thành phố Cần Thơ";
        report.Recipients = ["TT Đảng ủy, HĐND phường", "CT, các PCT UBND phường", "Lưu: VT, VHXH"];
        report.Tasks = Lines(Flatten(plan.Tasks), seed: 1);
        report.Tasks[1].Status = "Chậm tiến độ";
        report.Tasks[4].Status = "Quá hạn";
        report.Late =
        [
            Late(report.Tasks[1], "Mới đạt 0/2; theo thời gian đã qua cần ít nhất 1. Đơn vị chưa bố trí được kinh phí sản xuất clip."),
            Late(report.Tasks[4], "Hết thời gian thực hiện, mới đạt 1/2."),
        ];
        report.Narrative = new ReportNarrative
        {
            Results =
            [
                "Ủy ban nhân dân phường đã ban hành Kế hoạch và phân công nhiệm vụ cho các cơ quan, đơn vị ngay từ đầu năm.",
                "Chuyên mục “Cải cách hành chính” trên Trang thông tin điện tử phường được duy trì, cập nhật thường xuyên.",
            ],
            Shortcomings = ["Một số đơn vị chưa cập nhật kịp thời kết quả tuyên truyền trên hệ thống."],
            Causes = ["Kinh phí cho hoạt động tuyên truyền còn hạn chế.\nNhân sự làm công tác tuyên truyền kiêm nhiệm nhiều việc."],
            Proposals = ["Đề nghị Sở Nội vụ tổ chức tập huấn kỹ năng tuyên truyền cải cách hành chính cho công chức cấp xã."],
        };
        return report;
    }

    private static ReportDocument CanhVinh()
    {
        var plan = PlanTextParser.Parse(DemoPlanTexts.Read("canh-vinh-2026.txt"));
        var report = Base(plan, "h1", "6 tháng đầu năm 2026", "2025-12-15", "2026-06-14", "2026-03-15");
        report.Recipient = "Sở Nội vụ tỉnh Gia Lai";
        report.Recipients = ["Như trên", "Đảng ủy xã", "Lưu: VT"];
        report.Signer = new Signer { Authority = "TM. ỦY BAN NHÂN DÂN", Deputy = "KT. CHỦ TỊCH", Position = "PHÓ CHỦ TỊCH", Name = "Vũ Trọng Tuyên" };
        report.Tasks = Lines(Flatten(plan.Tasks), seed: 2);
        report.Narrative = new ReportNarrative
        {
            Results = ["Các hoạt động tuyên truyền được triển khai đúng kế hoạch."],
            Shortcomings = ["Hình thức tuyên truyền trên mạng xã hội chưa đa dạng."],
        };
        return report;
    }

    private static ReportDocument Unit()
    {
        var plan = PlanTextParser.Parse(DemoPlanTexts.Read("hung-phu-2026.txt"));
        var report = Base(plan, "q3", "9 tháng năm 2026", "2025-12-15", "2026-09-14", "2026-06-15");
        report.Issuer = new PlanIssuer { Name = "Phòng Văn hóa – Xã hội", Kind = "phường", Locality = "Hưng Phú" };
        report.Symbol = "BC";
        report.Title = "Kết quả công tác thông tin, tuyên truyền cải cách hành chính 9 tháng năm 2026 của Phòng Văn hóa – Xã hội";
        report.Recipient = null;
        report.Recipients = ["Lãnh đạo UBND phường", "Lưu: VT"];
        report.Signer = new Signer { Position = "TRƯỞNG PHÒNG", Name = "Trần Văn Bình" };
        report.Tasks = Lines(Flatten(plan.Tasks).Where(t => t.Lead.Any(l => l.Contains("Văn hóa", StringComparison.Ordinal))), seed: 3);
        report.Narrative = new ReportNarrative();
        return report;
    }

    private static ReportDocument Base(PlanDocument plan, string code, string period, string from, string to, string periodFrom)
    {
        var report = new ReportDocument
        {
            Issuer = plan.Issuer,
            Symbol = "BC-UBND",
            Place = plan.Place ?? plan.Issuer.Locality,
            Date = new PartialDate { Year = 2026 },
            Title = $"Kết quả công tác thông tin, tuyên truyền cải cách hành chính {period}",
            PlanReference = $"Kế hoạch số 30/KH-UBND ngày 25/02/2026 của {plan.Issuer.Name}",
            Period = new ReportPeriodInfo { Year = 2026, Code = code, Name = period, DataFrom = from, DataTo = to, PeriodFrom = periodFrom },
            Recipients = plan.Recipients,
            Signer = plan.Signer,
        };

        // Totals by channel and by content area, both adding up to the overall total (every activity has one of each).
        report.ByChannel =
        [
            Total(ChannelKind.Article.Label(), 14, 14, 0, 12_345, 0),
            Total(ChannelKind.Broadcast.Label(), 26, 26, 0, 0, 0),
            Total(ChannelKind.Conference.Label(), 3, 3, 245, 0, 0),
            Total(ChannelKind.Panel.Label(), 4, 6, 0, 0, 6),
            Total(ChannelKind.Leaflet.Label(), 2, 2, 0, 0, 1_500),
        ];
        report.ByContentArea =
        [
            Total(ContentArea.Procedures.Label(), 21, 22, 120, 8_000, 1_000),
            Total(ContentArea.DigitalGovernment.Label(), 18, 19, 125, 4_345, 506),
            Total(ContentArea.General.Label(), 10, 10, 0, 0, 0),
        ];
        report.Overall = Total("Tổng cộng", 49, 51, 245, 12_345, 1_506);
        return report;
    }

    /// <summary>The rows with figures from the row's position: some with a target (met, half met, exceeded), some without.</summary>
    private static List<ReportTaskLine> Lines(IEnumerable<PlanTask> tasks, int seed)
    {
        var lines = new List<ReportTaskLine>();
        var subLabels = tasks.SelectMany(t => t.Children).ToHashSet();
        var index = 0;
        foreach (var task in tasks)
        {
            index++;
            var target = task.Quantity?.Value;
            var toDate = target is { } t ? (t * ((index + seed) % 4) / 2) + ((index + seed) % 3) : (index * seed) % 5;
            var thisPeriod = Math.Min(toDate, (index + seed) % 3);
            var percent = target is > 0 ? Math.Round(100.0 * toDate / target.Value, 1) : (double?)null;
            lines.Add(new ReportTaskLine
            {
                Label = task.Label,
                Name = task.Name,
                Lead = string.Join("; ", task.Lead),
                Target = target,
                TargetText = task.Quantity?.Text,
                DoneThisPeriod = thisPeriod,
                DoneToDate = toDate,
                Percent = percent,
                Activities = toDate,
                Reach = toDate * 150,
                Status = percent >= 100 ? "Hoàn thành" : "Đúng tiến độ",
                Explanation = "",
                ActivityIds = [.. Enumerable.Range((index * 100) + 1, toDate)],
                IsSubRow = subLabels.Contains(task),
            });
        }

        return lines;
    }

    private static ReportLateItem Late(ReportTaskLine line, string why) => new() { Label = line.Label, Name = line.Name, Lead = line.Lead, Why = why };

    private static ReportTotal Total(string name, int activities, int quantity, int participants, int views, int copies) => new()
    {
        Name = name,
        Activities = activities,
        Quantity = quantity,
        Participants = participants,
        Views = views,
        Copies = copies,
        ActivityIds = [.. Enumerable.Range(1, activities)],
    };

    private static IEnumerable<PlanTask> Flatten(IEnumerable<PlanTask> tasks) => tasks.SelectMany(t => Flatten(t.Children).Prepend(t));
}
